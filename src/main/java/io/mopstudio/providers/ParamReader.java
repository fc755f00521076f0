package io.mopstudio.providers;

import io.mopstudio.model.Durations;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed access to a primitive's rendered parameters, with errors that name the parameter. */
public final class ParamReader {

    private final String primitive;
    private final Map<String, Object> params;

    public ParamReader(String primitive, Map<String, Object> params) {
        this.primitive = primitive;
        this.params = params;
    }

    public String text(String key, String fallback) throws PrimitiveException {
        Object value = params.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new PrimitiveException(primitive + ": '" + key + "' must be text");
        }
        return String.valueOf(value);
    }

    public String requiredText(String key) throws PrimitiveException {
        String value = text(key, "");
        if (value.isBlank()) {
            throw new PrimitiveException(primitive + ": '" + key + "' is required");
        }
        return value;
    }

    public Duration duration(String key, Duration fallback) throws PrimitiveException {
        Object value = params.get(key);
        if (value == null || "".equals(value)) {
            return fallback;
        }
        Optional<Duration> parsed;
        try {
            parsed = Durations.parse(value).filter(d -> !d.isNegative());
        } catch (NumberFormatException | ArithmeticException e) {
            // More digits than a duration holds: as wrong as any other text.
            parsed = Optional.empty();
        }
        return parsed.orElseThrow(() -> new PrimitiveException(primitive + ": '" + key
                + "' must be a duration such as 30s or 2m, not '" + value + "'"));
    }

    public double number(String key, double fallback) throws PrimitiveException {
        Object value = params.get(key);
        if (value == null || "".equals(value)) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new PrimitiveException(primitive + ": '" + key + "' must be a number, not '" + value + "'");
        }
    }

    public boolean bool(String key, boolean fallback) throws PrimitiveException {
        Object value = params.get(key);
        if (value == null || "".equals(value)) {
            return fallback;
        }
        String text = String.valueOf(value).trim();
        if (!text.equals("true") && !text.equals("false")) {
            throw new PrimitiveException(primitive + ": '" + key + "' must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(text);
    }

    public Map<?, ?> map(String key) throws PrimitiveException {
        Object value = params.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new PrimitiveException(primitive + ": '" + key + "' must be a mapping");
    }

    public Optional<Object> raw(String key) {
        return Optional.ofNullable(params.get(key));
    }
}
