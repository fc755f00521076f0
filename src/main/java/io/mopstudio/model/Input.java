package io.mopstudio.model;

import java.util.Optional;

/**
 * An incident variable the MOP needs ({@code {{ incident.<name> }}}): the Run dialog builds its
 * form from these, and a value that does not match {@code pattern} is refused.
 */
public record Input(String name, InputType type, boolean required, String description, Optional<String> pattern,
        Optional<String> defaultValue, SourcePosition position) {

    /** The kinds of value an input takes; all arrive as text and are checked against the type. */
    public enum InputType {
        STRING, INTEGER, NUMBER, BOOLEAN;

        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
