package io.mopstudio.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of a catalog entry. A default may itself be a template, such as
 * {@code "{{ incident.affected_resource }}"}, rendered in the step's scope. {@code allowed}
 * (written {@code enum:}) lists the only values accepted; {@code pattern} is a regular expression
 * the whole value must match; {@code secret} marks a value that forms show hidden and that must
 * come from the environment's credentials, never be written into a MOP.
 */
public record ParamDef(String name, ParamType type, boolean required, Optional<Object> defaultValue,
        String description, List<Object> allowed, Optional<String> pattern, boolean secret) {

    public ParamDef {
        allowed = List.copyOf(allowed);
    }

    /** A parameter without enum, pattern or secret flag. */
    public ParamDef(String name, ParamType type, boolean required, Optional<Object> defaultValue, String description) {
        this(name, type, required, defaultValue, description, List.of(), Optional.empty(), false);
    }
}
