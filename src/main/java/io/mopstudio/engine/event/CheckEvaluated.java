package io.mopstudio.engine.event;

import java.time.Instant;

/**
 * One evaluation of a check: a pre-check, a baseline sample or a validation sample, with what was
 * observed against what was expected. {@code message} explains a failure in plain words.
 */
public record CheckEvaluated(
        String runId,
        long seq,
        Instant time,
        CheckPhase phase,
        String nodeId,
        String check,
        CheckOutcome outcome,
        String observed,
        String expected,
        String message) implements RunEvent {

    @Override
    public String kind() {
        return "check_evaluated";
    }
}
