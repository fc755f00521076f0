package io.mopstudio.engine.event;

import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.Map;

/** A step's action is about to begin, with the parameters exactly as rendered for it. */
public record StepStarted(
        String runId,
        long seq,
        Instant time,
        GraphKind graph,
        String stepId,
        String action,
        Map<String, Object> params,
        int attempt) implements RunEvent {

    @Override
    public String kind() {
        return "step_started";
    }
}
