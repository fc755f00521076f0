package io.mopstudio.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * What a check's observed value must be. {@code value} is a template such as
 * {@code "{{ params.threshold_ms }}"}. AT_MOST means higher is worse, AT_LEAST lower is worse;
 * validation uses that direction to tell "worse than before execution".
 */
public record Expectation(Kind kind, Object value) {

    public enum Kind {
        EQUALS("equals", "="), AT_MOST("at_most", "<="), AT_LEAST("at_least", ">=");

        private final String yamlName;
        private final String symbol;

        Kind(String yamlName, String symbol) {
            this.yamlName = yamlName;
            this.symbol = symbol;
        }

        public String yamlName() {
            return yamlName;
        }

        public String symbol() {
            return symbol;
        }

        public static Optional<Kind> fromYaml(String text) {
            for (Kind kind : values()) {
                if (kind.yamlName.equals(text.toLowerCase(Locale.ROOT))) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }
}
