package io.mopstudio.engine.event;

import java.time.Instant;

/** A human paused, resumed or aborted the run, with their name and reason. */
public record OperatorIntervened(String runId, long seq, Instant time, Action action, String operator, String reason)
        implements RunEvent {

    /** What the operator did. */
    public enum Action { PAUSE, RESUME, ABORT }

    @Override
    public String kind() {
        return "operator_intervened";
    }
}
