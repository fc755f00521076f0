package io.mopstudio.engine.event;

import java.time.Instant;

/**
 * A named human acted on the run, with their reason: paused, resumed or aborted it, approved or
 * declined it past the blast-radius limit, or overrode a failed pre-check.
 */
public record OperatorIntervened(String runId, long seq, Instant time, Action action, String operator, String reason)
        implements RunEvent {

    /** What the operator did. */
    public enum Action { PAUSE, RESUME, ABORT, APPROVE, DECLINE, OVERRIDE }

    @Override
    public String kind() {
        return "operator_intervened";
    }
}
