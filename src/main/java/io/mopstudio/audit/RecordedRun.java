package io.mopstudio.audit;

import java.time.Instant;

/** A runs row exactly as stored, for checking it against the run_started event it was written from. */
record RecordedRun(String runId, String mopId, String mopName, String mopVersion, String mopSha256, String mopText,
        String mopFile, String environment, boolean demoEnvironment, String incidentJson, String operator,
        Instant startedAt) {
}
