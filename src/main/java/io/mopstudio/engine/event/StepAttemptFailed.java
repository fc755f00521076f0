package io.mopstudio.engine.event;

import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt of a step failed and another will follow after {@code retryInMillis}. The step's
 * final outcome is still to come, in a {@link StepFinished}.
 */
public record StepAttemptFailed(
        String runId,
        long seq,
        Instant time,
        GraphKind graph,
        String stepId,
        int attempt,
        Map<String, Object> output,
        String message,
        long durationMillis,
        long retryInMillis) implements RunEvent {

    @Override
    public String kind() {
        return "step_attempt_failed";
    }
}
