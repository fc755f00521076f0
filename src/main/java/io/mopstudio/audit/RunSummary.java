package io.mopstudio.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One recorded run as a reviewer first sees it: what ran, where, by whom, for which incident, and
 * how it ended. {@code finalState} is empty when the audit holds no run_finished event: the run
 * crashed, was killed, or is still going. Text fields the engine left out are empty strings.
 */
public record RunSummary(
        String runId,
        String mopId,
        String mopName,
        String mopVersion,
        String mopSha256,
        String mopFile,
        String environment,
        boolean demoEnvironment,
        String operator,
        Map<String, String> incident,
        Instant startedAt,
        Optional<Instant> finishedAt,
        Optional<String> finalState,
        Optional<Long> durationMillis) {

    public RunSummary {
        Objects.requireNonNull(runId);
        Objects.requireNonNull(mopId);
        Objects.requireNonNull(mopName);
        Objects.requireNonNull(mopVersion);
        Objects.requireNonNull(mopSha256);
        Objects.requireNonNull(mopFile);
        Objects.requireNonNull(environment);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(finishedAt);
        Objects.requireNonNull(finalState);
        Objects.requireNonNull(durationMillis);
        // Sorted so the incident reads the same way every time it is shown.
        incident = Collections.unmodifiableMap(new TreeMap<>(incident));
    }

    public boolean finished() {
        return finalState.isPresent();
    }

    /** The same run, ended as its run_finished event says. */
    RunSummary withOutcome(RunOutcome outcome) {
        return new RunSummary(runId, mopId, mopName, mopVersion, mopSha256, mopFile, environment, demoEnvironment,
                operator, incident, startedAt, Optional.of(outcome.finishedAt()), Optional.of(outcome.finalState()),
                Optional.of(outcome.durationMillis()));
    }
}
