package io.mopstudio.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded event, as stored: its place in the run, its kind and time, and the event record
 * as JSON. The JSON is kept rather than rebuilt into engine records so that the audit stays
 * readable after the event classes change.
 */
public record AuditEvent(String runId, long seq, String kind, Instant time, String json) {

    public AuditEvent {
        Objects.requireNonNull(runId);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(time);
        Objects.requireNonNull(json);
    }

    /** One readable line, e.g. {@code step_finished drain_connections SUCCEEDED (120 ms)}. */
    public String describe() {
        return EventDescription.describe(kind, json);
    }
}
