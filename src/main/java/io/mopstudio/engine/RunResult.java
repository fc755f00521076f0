package io.mopstudio.engine;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.StepStatus;
import java.util.Map;

/** How a run ended, with each step's final status by id (execution steps first, then rollback). */
public record RunResult(String runId, String mopId, FinalState finalState, Map<String, StepStatus> steps,
        String summary, long durationMillis) {
}
