package io.mopstudio.engine.event;

import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.Map;

/**
 * A step reached a terminal status. Skipped and cancelled steps may never have started; their
 * {@code message} says why.
 */
public record StepFinished(
        String runId,
        long seq,
        Instant time,
        GraphKind graph,
        String stepId,
        StepStatus status,
        Map<String, Object> output,
        String message,
        long durationMillis) implements RunEvent {

    @Override
    public String kind() {
        return "step_finished";
    }
}
