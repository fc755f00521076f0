package io.mopstudio.engine;

import io.mopstudio.engine.event.StepStatus;
import java.util.Map;

/** How one step ended, as its worker reports it to the scheduler. */
record StepOutcome(String stepId, StepStatus status, Map<String, Object> output, String message) {
}
