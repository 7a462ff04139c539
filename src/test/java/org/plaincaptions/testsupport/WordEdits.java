package org.plaincaptions.testsupport;

import java.util.List;

/** Words inserted, dropped or changed to turn one word list into another (Levenshtein distance on words). */
public final class WordEdits {
    private WordEdits() {
    }

    public static int distance(List<String> a, List<String> b) {
        int[] row = new int[b.size() + 1];
        for (int j = 0; j <= b.size(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.size(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.size()];
    }
}
