package io.mopstudio.engine.event;

import java.time.Instant;
import java.util.Map;

/**
 * A run began. Binds the run to the exact MOP text (and its SHA-256) and to who started it,
 * where, and for which incident. {@code process} ({@code pid@host}) lets a later start tell a run
 * whose process died from one still going.
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
        String operator,
        RunMode mode,
        String process) implements RunEvent {

    public RunStarted {
        incident = Map.copyOf(incident);
    }

    @Override
    public String kind() {
        return "run_started";
    }
}
