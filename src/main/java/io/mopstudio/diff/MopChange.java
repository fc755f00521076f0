package io.mopstudio.diff;

import java.util.Locale;
import java.util.Optional;

/**
 * One difference between two versions of a MOP. {@code path} uses the same names as
 * {@code mop-studio set} (e.g. {@code validation.connection_wait_time.threshold_ms}), so a reader can
 * find the line in either file; {@code before} is empty for an addition, {@code after} for a removal.
 */
public record MopChange(Section section, String path, Kind kind, Optional<String> before, Optional<String> after) {

    /** Where in the MOP the change is, in the order a reviewer reads a MOP. */
    public enum Section {
        HEADER, INPUTS, PRE_CHECKS, SNAPSHOTS, EXECUTION_GRAPH, VALIDATION, ROLLBACK_GRAPH;

        /** As a heading: "Execution graph". */
        public String title() {
            return sentence(name());
        }
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED;

        /** As a word in a table: "Added". */
        public String title() {
            return sentence(name());
        }
    }

    private static String sentence(String constant) {
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static MopChange added(Section section, String path, String value) {
        return new MopChange(section, path, Kind.ADDED, Optional.empty(), Optional.of(value));
    }

    static MopChange removed(Section section, String path, String value) {
        return new MopChange(section, path, Kind.REMOVED, Optional.of(value), Optional.empty());
    }

    static MopChange changed(Section section, String path, String before, String after) {
        return new MopChange(section, path, Kind.CHANGED, Optional.of(before), Optional.of(after));
    }

    /** One line for a terminal or a change ticket: {@code ~ path: before -> after}, {@code + path: value}, {@code - path: value}. */
    public String describe() {
        return switch (kind) {
            case ADDED -> "+ " + path + ": " + after.orElse("");
            case REMOVED -> "- " + path + ": " + before.orElse("");
            case CHANGED -> "~ " + path + ": " + before.orElse("") + " -> " + after.orElse("");
        };
    }
}
