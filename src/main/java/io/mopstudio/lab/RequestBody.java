package io.mopstudio.lab;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's JSON object body, with the lenient-but-checked field readers the lab needs. MOPs fill
 * parameters from templates, so numbers often arrive as strings ({@code "20"}); those are accepted.
 * Anything unusable throws {@link BadRequest}.
 */
record RequestBody(JsonNode json) {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    /** An empty body counts as an empty object, because several endpoints take optional fields. */
    static RequestBody parse(byte[] bytes, ObjectMapper mapper) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new RequestBody(mapper.createObjectNode());
        }
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new BadRequest("body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            throw new BadRequest("body must be a JSON object");
        }
        return new RequestBody(json);
    }

    /** A required integer field greater than zero, given as a JSON number or a numeric string. */
    int positiveInt(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            throw new BadRequest(field + " is required");
        }
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isTextual() && node.textValue().trim().matches("\\d{1,10}")) {
            value = Long.parseLong(node.textValue().trim());
        } else {
            throw new BadRequest(field + " must be a positive integer, got " + node);
        }
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw new BadRequest(field + " must be a positive integer, got " + node);
        }
        return (int) value;
    }

    /** A complete pool config; every field is required because a restore must not half-apply. */
    PoolConfig poolConfig() {
        PoolConfig config = new PoolConfig(
                positiveInt("max_size"), positiveInt("initial_size"), positiveInt("timeout_ms"));
        if (config.initialSize() > config.maxSize()) {
            throw new BadRequest("initial_size " + config.initialSize()
                    + " exceeds max_size " + config.maxSize());
        }
        return config;
    }

    /** An optional duration such as {@code "15s"}, {@code "500ms"}, {@code "2m"} or a bare number of seconds. */
    Optional<Duration> duration(String field) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isIntegralNumber() && node.longValue() >= 0) {
            return Optional.of(Duration.ofSeconds(node.longValue()));
        }
        Matcher m = DURATION.matcher(node.isTextual() ? node.textValue().trim() : "");
        if (!m.matches()) {
            throw new BadRequest(field + " must be a duration like \"15s\", got " + node);
        }
        long amount = Long.parseLong(m.group(1));
        String unit = Optional.ofNullable(m.group(2)).orElse("s");
        return Optional.of(switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        });
    }
}
