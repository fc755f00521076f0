package io.mopstudio.engine.event;

import java.time.Instant;

/** State captured before execution, available to steps as {@code pre_execution.<name>}. */
public record SnapshotCaptured(String runId, long seq, Instant time, String name, Object value)
        implements RunEvent {

    @Override
    public String kind() {
        return "snapshot_captured";
    }
}
