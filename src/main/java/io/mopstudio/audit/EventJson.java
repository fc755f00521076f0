package io.mopstudio.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunEventJson;
import java.util.Map;

/** The JSON written into the audit: event records, incident maps, and reading run outcomes back. */
final class EventJson {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final ObjectMapper mapper = RunEventJson.newMapper();

    String write(RunEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new AuditStoreException("Could not record " + event.kind() + " #" + event.seq() + " of run "
                    + event.runId() + ": its content cannot be written as JSON (" + e.getOriginalMessage() + ").", e);
        }
    }

    String writeIncident(Map<String, String> incident) {
        try {
            return mapper.writeValueAsString(incident);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    Map<String, String> readIncident(String json) {
        try {
            return mapper.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new AuditStoreException("The audit holds an unreadable incident: " + e.getOriginalMessage(), e);
        }
    }

    /** The outcome stored in a run_finished event. */
    RunOutcome readOutcome(AuditEvent finished) {
        try {
            JsonNode event = mapper.readTree(finished.json());
            return new RunOutcome(finished.time(), event.path("finalState").asText("UNKNOWN"),
                    event.path("durationMillis").asLong(0));
        } catch (JsonProcessingException e) {
            return new RunOutcome(finished.time(), "UNKNOWN", 0);
        }
    }
}
