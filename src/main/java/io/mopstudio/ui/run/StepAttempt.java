package io.mopstudio.ui.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt of a step as the events told it: when it began with which rendered parameters, and
 * once over, how long it took, how it ended ({@code outcome}: a step status name, or "FAILED, will
 * retry"), the engine's message and the primitive's output.
 */
public record StepAttempt(int number, Instant started, Map<String, Object> params, Optional<Instant> ended,
        long durationMillis, String outcome, String message, Map<String, Object> output) {

    public StepAttempt {
        params = ordered(params);
        output = ordered(output);
        message = message == null ? "" : message;
    }

    static StepAttempt begun(int number, Instant started, Map<String, Object> params) {
        return new StepAttempt(number, started, params, Optional.empty(), 0, "RUNNING", "", Map.of());
    }

    StepAttempt end(Instant at, long took, String how, String why, Map<String, Object> out) {
        return new StepAttempt(number, started, params, Optional.of(at), took, how, why, out);
    }

    public boolean isOver() {
        return ended.isPresent();
    }

    /** Kept in the engine's order (the output's summary first), unmodifiable, never null. */
    private static Map<String, Object> ordered(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> out.put(k, v == null ? "" : v));
        }
        return Collections.unmodifiableMap(out);
    }
}
