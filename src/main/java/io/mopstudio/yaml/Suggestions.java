package io.mopstudio.yaml;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean" for mistyped names: the closest known name by edit distance, if close enough. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> nearest(String typed, Collection<String> known) {
        return nearest(typed, known, Math.max(2, typed.length() / 3));
    }

    /** The closest known name at most {@code limit} edits away, for callers that need a tighter bound. */
    public static Optional<String> nearest(String typed, Collection<String> known, int limit) {
        return known.stream()
                .filter(k -> distance(typed, k) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
