package io.mopstudio.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stored event into one line for a reviewer. Works from the JSON alone, by field name,
 * so old audits still read after the engine's records change; unknown kinds fall back to the raw
 * JSON.
 */
final class EventDescription {

    /** ObjectReader is immutable and thread-safe, unlike a bare ObjectMapper. */
    private static final ObjectReader JSON = new ObjectMapper().reader();
    private static final int MAX_VALUE_CHARS = 80;

    private EventDescription() {
    }

    static String describe(String kind, String json) {
        JsonNode event;
        try {
            event = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return kind + " " + clip(json);
        }
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        switch (kind) {
            case "run_started" -> {
                add(parts, text(event, "mopId"));
                add(parts, prefixed("v", text(event, "mopVersion")));
                add(parts, prefixed("on ", text(event, "environment")));
                if (event.path("demoEnvironment").asBoolean(false)) {
                    parts.add("(demo)");
                }
                add(parts, prefixed("by ", text(event, "operator")));
            }
            case "phase_started" -> add(parts, text(event, "phase"));
            case "check_evaluated" -> {
                add(parts, text(event, "phase"));
                add(parts, text(event, "nodeId"));
                add(parts, text(event, "check"));
                add(parts, text(event, "outcome"));
                String observed = text(event, "observed");
                String expected = text(event, "expected");
                if (!observed.isEmpty() || !expected.isEmpty()) {
                    parts.add("(observed " + orDash(observed) + ", expected " + orDash(expected) + ")");
                }
                return withMessage(parts, text(event, "message"));
            }
            case "snapshot_captured" -> {
                add(parts, text(event, "name"));
                parts.add("= " + clip(event.path("value").toString()));
            }
            case "step_started" -> {
                add(parts, graph(event));
                add(parts, text(event, "stepId"));
                add(parts, text(event, "action"));
                if (event.path("attempt").asInt(1) > 1) {
                    parts.add("(attempt " + event.path("attempt").asInt() + ")");
                }
            }
            case "step_finished" -> {
                add(parts, graph(event));
                add(parts, text(event, "stepId"));
                add(parts, text(event, "status"));
                parts.add("(" + DurationText.of(event.path("durationMillis").asLong()) + ")");
                return withMessage(parts, text(event, "message"));
            }
            case "rollback_started" -> {
                return withMessage(parts, text(event, "reason"));
            }
            case "run_finished" -> {
                add(parts, text(event, "finalState"));
                parts.add("(" + DurationText.of(event.path("durationMillis").asLong()) + ")");
                return withMessage(parts, text(event, "summary"));
            }
            default -> parts.add(clip(json));
        }
        return String.join(" ", parts);
    }

    private static String graph(JsonNode event) {
        return "ROLLBACK".equals(text(event, "graph")) ? "[rollback]" : "";
    }

    private static String withMessage(List<String> parts, String message) {
        String line = String.join(" ", parts);
        return message.isEmpty() ? line : line + ": " + message;
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isValueNode() && !value.isNull() ? oneLine(value.asText()) : "";
    }

    private static void add(List<String> parts, String part) {
        if (!part.isEmpty()) {
            parts.add(part);
        }
    }

    private static String prefixed(String prefix, String value) {
        return value.isEmpty() ? "" : prefix + value;
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "-" : value;
    }

    private static String clip(String value) {
        String line = oneLine(value);
        return line.length() <= MAX_VALUE_CHARS ? line : line.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }

    private static String oneLine(String value) {
        return value.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
