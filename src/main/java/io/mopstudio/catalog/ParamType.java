package io.mopstudio.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * The type of an action's or check's parameter. RESOURCE values name an inventory entry (optionally
 * followed by {@code .component} or {@code /path}) and are resolved through the environment.
 */
public enum ParamType {
    STRING, INTEGER, NUMBER, BOOLEAN, DURATION, RESOURCE, LIST, MAP, ANY;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ParamType> fromYaml(String text) {
        for (ParamType type : values()) {
            if (type.yamlName().equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
