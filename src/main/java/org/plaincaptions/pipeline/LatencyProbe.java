package org.plaincaptions.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.plaincaptions.audio.AudioChunk;
import org.plaincaptions.audio.Pcm;
import org.plaincaptions.speech.Word;

/**
 * Measures, for each recognised word, the time from when the audio at the word's end was delivered to
 * when a caption first showed that word (as it was finally recognised). Partial results carry no word
 * timings, so the probe remembers when each word position last changed and settles the figures when
 * the final result brings the timings. Used on the recognition thread only.
 */
public final class LatencyProbe {
    private static final long KEEP_SAMPLES = 5L * Pcm.SAMPLE_RATE;

    private final Deque<long[]> deliveries = new ArrayDeque<>(); // {end sample, delivered nanos}
    private final List<String> shownWords = new ArrayList<>();
    private final List<Long> shownAt = new ArrayList<>();
    private final List<Long> firstShownAt = new ArrayList<>();
    private final Figures exact = new Figures();
    private final Figures firstShown = new Figures();
    private final Figures settled = new Figures();
    // The settled measure: the words on screen, each with when it was shown in the place it has kept,
    // carried from one partial to the next by aligning them (longest common subsequence).
    private List<String> aligned = List.of();
    private long[] alignedAt = new long[0];

    /**
     * Milliseconds, all of them up to {@link #KEPT}; beyond that a uniform random sample of that many
     * (reservoir sampling), so the percentiles stay right and a run of many hours stays in constant memory.
     */
    private static final class Figures {
        private static final int KEPT = 50_000;
        private final Random random = new Random(KEPT);
        private double[] values = new double[256];
        private int count;
        private long seen;

        void add(double millis) {
            seen++;
            if (count < KEPT) {
                if (count == values.length) {
                    values = Arrays.copyOf(values, Math.min(KEPT, count * 2));
                }
                values[count++] = millis;
            } else {
                long slot = (long) (random.nextDouble() * seen);
                if (slot < KEPT) {
                    values[(int) slot] = millis;
                }
            }
        }

        double[] values() {
            return Arrays.copyOf(values, count);
        }
    }

    public void delivered(AudioChunk chunk) {
        deliveries.addLast(new long[] {chunk.startSample() + chunk.samples(), chunk.deliveredNanos()});
    }

    /** A partial caption showing the first {@code visible} of {@code words} was emitted at {@code now}. */
    public void partialShown(List<String> words, int visible, long now) {
        List<String> seen = List.copyOf(words.subList(0, Math.max(0, Math.min(visible, words.size()))));
        alignedAt = carry(aligned, alignedAt, seen, now);
        aligned = seen;
        for (int i = 0; i < visible && i < words.size(); i++) {
            if (i >= shownWords.size()) {
                shownWords.add(words.get(i));
                shownAt.add(now);
                firstShownAt.add(now);
            } else if (!words.get(i).equals(shownWords.get(i))) {
                shownWords.set(i, words.get(i));
                shownAt.set(i, now);
            }
        }
        for (int i = shownWords.size() - 1; i >= Math.max(0, Math.min(visible, words.size())); i--) {
            shownWords.remove(i); // hidden again (held back or revised away)
            shownAt.remove(i);
            firstShownAt.remove(i);
        }
    }

    /** The final caption of an utterance was emitted at {@code now}; settles its words' latencies. */
    public void finalShown(List<Word> words, long now) {
        long[] settledAt = carry(aligned, alignedAt, words.stream().map(Word::text).toList(), now);
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            boolean sameAsShown = i < shownWords.size() && Objects.equals(shownWords.get(i), word.text());
            long shown = sameAsShown ? shownAt.get(i) : now;
            long first = i < firstShownAt.size() ? firstShownAt.get(i) : now;
            long delivered = deliveredAt(word.end());
            if (delivered != Long.MIN_VALUE) {
                // A partial can show a word before its last sound arrives: that is no delay at all.
                exact.add(Math.max(0, shown - delivered) / 1e6);
                firstShown.add(Math.max(0, first - delivered) / 1e6);
                settled.add(Math.max(0, settledAt[i] - delivered) / 1e6);
            }
        }
        aligned = List.of();
        alignedAt = new long[0];
        shownWords.clear();
        shownAt.clear();
        firstShownAt.clear();
        forgetOlderThan(KEEP_SAMPLES);
    }

    /** Per word: until a caption showed the word as finally recognised. */
    public double[] latencies() {
        return exact.values();
    }

    /**
     * Per word: until a caption first showed something in the word's place, even a guess the
     * recogniser revised later. Never more than {@link #latencies()}.
     */
    public double[] firstShownLatencies() {
        return firstShown.values();
    }

    /**
     * Per word: until the word was shown in its final form in the place it kept, found by aligning each
     * caption with the one before it, so one word inserted or dropped early does not make every later
     * word count as late. A word that was right in a partial and never changed again counts from then.
     */
    public double[] settledLatencies() {
        return settled.values();
    }

    /**
     * When each of {@code next} was shown as it is now: the time of its match in {@code before} (an
     * alignment by longest common subsequence), or {@code now} for a word that was not there.
     */
    static long[] carry(List<String> before, long[] beforeAt, List<String> next, long now) {
        int n = before.size();
        int m = next.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(next.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        long[] at = new long[m];
        Arrays.fill(at, now);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(next.get(j))) {
                at[j++] = beforeAt[i++];
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return at;
    }

    private long deliveredAt(double seconds) {
        if (!Double.isFinite(seconds)) {
            return Long.MIN_VALUE;
        }
        long sample = (long) Math.ceil(seconds * Pcm.SAMPLE_RATE);
        for (long[] d : deliveries) {
            if (d[0] >= sample) {
                return d[1];
            }
        }
        return deliveries.isEmpty() ? Long.MIN_VALUE : deliveries.peekLast()[1];
    }

    /** The next utterance can only start in audio delivered shortly before this one ended. */
    private void forgetOlderThan(long samples) {
        if (deliveries.isEmpty()) {
            return;
        }
        long keepFrom = deliveries.peekLast()[0] - samples;
        while (deliveries.size() > 1 && deliveries.peekFirst()[0] < keepFrom) {
            deliveries.removeFirst();
        }
    }
}
