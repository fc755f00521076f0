package io.mopstudio.engine.event;

import java.time.Instant;
import java.util.Map;

/**
 * A run began. Binds the run to the exact MOP text (and its SHA-256) and to who started it,
 * where, and for which incident.
 */
public record RunStarted(
        String runId,
        long seq,
        Instant time,
        String mopId,
        String mopName,
        String mopVersion,
        String mopFile,
        String mopSha256,
        String mopText,
        String environment,
        boolean demoEnvironment,
        Map<String, String> incident,
        String operator) implements RunEvent {

    public RunStarted {
        incident = Map.copyOf(incident);
    }

    @Override
    public String kind() {
        return "run_started";
    }
}
