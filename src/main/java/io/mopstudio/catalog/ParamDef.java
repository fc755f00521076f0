package io.mopstudio.catalog;

import java.util.Optional;

/**
 * One parameter of a catalog entry. A default may itself be a template, such as
 * {@code "{{ incident.affected_resource }}"}, rendered in the step's scope.
 */
public record ParamDef(String name, ParamType type, boolean required, Optional<Object> defaultValue,
        String description) {
}
