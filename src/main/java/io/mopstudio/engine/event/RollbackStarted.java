package io.mopstudio.engine.event;

import java.time.Instant;

/** The run gave up on its forward path and starts the rollback graph; {@code reason} says why. */
public record RollbackStarted(String runId, long seq, Instant time, String reason) implements RunEvent {

    @Override
    public String kind() {
        return "rollback_started";
    }
}
