package io.mopstudio.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalog entry's own estimate of how much an action can disturb: {@code level} on the same
 * scale as a MOP's {@code blast_radius_max} (none, low, medium, high), and {@code affects}, in
 * words, what is touched. The executor compares it with the MOP's and the environment's limits.
 */
public record BlastRadius(String level, String affects) {

    public static final List<String> LEVELS = List.of("none", "low", "medium", "high");

    public static Optional<String> level(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return LEVELS.contains(lower) ? Optional.of(lower) : Optional.empty();
    }
}
