package io.mopstudio.engine.event;

import java.time.Instant;

/**
 * The run ended. {@code summary} is the account a human reads: for anything but RESOLVED, what
 * the MOP was trying to do and which condition failed.
 */
public record RunFinished(
        String runId,
        long seq,
        Instant time,
        FinalState finalState,
        String summary,
        long durationMillis) implements RunEvent {

    @Override
    public String kind() {
        return "run_finished";
    }
}
