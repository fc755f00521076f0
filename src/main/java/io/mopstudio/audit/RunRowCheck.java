package io.mopstudio.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The runs row is a copy of the run_started event, kept for quick listing; only the event is in the
 * chain. This finds the first column that no longer matches the event, and a MOP text that no
 * longer matches the MOP hash the run recorded.
 */
final class RunRowCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunRowCheck() {
    }

    static Optional<String> firstDifference(RecordedRun row, AuditEvent runStarted) {
        JsonNode event;
        try {
            event = JSON.readTree(runStarted.json());
        } catch (JsonProcessingException e) {
            return Optional.of("its run_started event is not valid JSON");
        }
        Map<String, Object[]> columns = new LinkedHashMap<>();
        columns.put("mop_id", pair(row.mopId(), text(event, "mopId")));
        columns.put("mop_name", pair(row.mopName(), text(event, "mopName")));
        columns.put("mop_version", pair(row.mopVersion(), text(event, "mopVersion")));
        columns.put("mop_sha256", pair(row.mopSha256(), text(event, "mopSha256")));
        columns.put("mop_text", pair(row.mopText(), text(event, "mopText")));
        columns.put("mop_file", pair(row.mopFile(), text(event, "mopFile")));
        columns.put("environment", pair(row.environment(), text(event, "environment")));
        columns.put("demo_environment", pair(row.demoEnvironment(), event.path("demoEnvironment").asBoolean()));
        columns.put("operator", pair(row.operator(), text(event, "operator")));
        columns.put("incident", pair(tree(row.incidentJson()), event.path("incident")));
        columns.put("started_at", pair(stored(row.startedAt()), stored(instant(text(event, "time")))));
        for (Map.Entry<String, Object[]> column : columns.entrySet()) {
            Object[] values = column.getValue();
            if (!Objects.equals(values[0], values[1])) {
                return Optional.of("the runs row's " + column.getKey() + " is " + shown(values[0])
                        + " but run_started recorded " + shown(values[1]));
            }
        }
        if (!io.mopstudio.model.Sha256.of(row.mopText()).equals(row.mopSha256())) {
            return Optional.of("the stored MOP text does not hash to the MOP hash the run recorded ("
                    + abbreviated(row.mopSha256()) + ")");
        }
        return Optional.empty();
    }

    static String abbreviated(String hash) {
        return hash == null || hash.length() <= 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
    }

    private static Object[] pair(Object stored, Object recorded) {
        return new Object[] {stored, recorded};
    }

    private static String text(JsonNode event, String field) {
        JsonNode node = event.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant stored(Instant time) {
        return time == null ? null : ChainHash.storedTime(time);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "…" : text).replace("\n", "\\n") + "'";
    }
}
