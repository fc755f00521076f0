package io.mopstudio.engine.event;

import java.time.Instant;

/** The run moved to another phase. */
public record PhaseStarted(String runId, long seq, Instant time, Phase phase) implements RunEvent {

    @Override
    public String kind() {
        return "phase_started";
    }
}
