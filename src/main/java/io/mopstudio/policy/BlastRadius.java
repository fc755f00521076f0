package io.mopstudio.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How much a MOP or a step may affect, in the words MOP authors write: low < medium < high < critical. */
public enum BlastRadius {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The levels as a reader lists them in a message. */
    public static final String LEVELS = "low, medium, high or critical";

    public static Optional<BlastRadius> parse(String word) {
        String wanted = word.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(level -> level.name().equals(wanted)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(BlastRadius::word).toList();
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean exceeds(BlastRadius other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return word();
    }
}
