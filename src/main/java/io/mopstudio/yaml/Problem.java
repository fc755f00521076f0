package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;

/**
 * A finding about a MOP or another YAML file, pinned to where it was written. {@code rule} is a
 * stable id (for example {@code graph.cycle}) that scripts and tests can match on.
 */
public record Problem(SourcePosition position, Severity severity, String rule, String message) {

    public static Problem error(SourcePosition position, String rule, String message) {
        return new Problem(position, Severity.ERROR, rule, message);
    }

    public static Problem warning(SourcePosition position, String rule, String message) {
        return new Problem(position, Severity.WARNING, rule, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The form compilers use, so editors and CI can jump to it: {@code FILE:LINE:COL: message}. */
    @Override
    public String toString() {
        String level = severity == Severity.WARNING ? "warning: " : "";
        return position + ": " + level + message;
    }
}
