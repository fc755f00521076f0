package io.mopstudio.engine.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of an event: what the audit stores and what {@code run --output jsonl}
 * streams, so a tool reading either sees the same fields.
 */
public final class RunEventJson {

    private final ObjectMapper mapper = newMapper();

    /** A mapper with the audit's settings; each caller gets its own, nothing is shared. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // ISO-8601 text, so the audit reads the same in any tool, not epoch numbers.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                // Stable key order: the same event always produces the same text.
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /**
     * The event with its {@code kind} as the first field: a stream mixes kinds, and a reader
     * dispatches on it before reading anything else.
     */
    public String writeTagged(RunEvent event) throws JsonProcessingException {
        ObjectNode tagged = mapper.createObjectNode();
        tagged.put("kind", event.kind());
        tagged.setAll((ObjectNode) mapper.valueToTree(event));
        return mapper.writeValueAsString(tagged);
    }
}
