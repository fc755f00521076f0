package io.mopstudio.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The credential values of one environment, by name. Not a record on purpose: a record's
 * {@code toString} would print the values into any log that prints an environment.
 */
public final class Secrets {

    private static final Secrets NONE = new Secrets(Map.of());

    private final Map<String, String> values;

    public Secrets(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Secrets none() {
        return NONE;
    }

    /** Name to value, for templates of inventory entries ({@code {{ credentials.NAME }}}). */
    public Map<String, Object> asTemplateScope() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public SecretMasker masker() {
        return new SecretMasker(values.values());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return "Secrets" + values.keySet() + " (values hidden)";
    }
}
