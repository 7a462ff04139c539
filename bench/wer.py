#!/usr/bin/env python3
"""Word error rate of a hypothesis file against a reference file, in percent: (S + D + I) / N."""
import re
import sys


def words(path):
    with open(path, encoding="utf-8") as f:
        return re.sub(r"[^a-z' ]", " ", f.read().lower()).split()


def wer(ref, hyp):
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return 100.0 * prev[-1] / max(1, len(ref))


if __name__ == "__main__":
    print(f"{wer(words(sys.argv[1]), words(sys.argv[2])):.1f}")
