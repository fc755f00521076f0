package io.mopstudio.engine;

import java.util.Map;
import java.util.Set;

/**
 * What an earlier run that never finished (INTERRUPTED) had done, as its audit records it: the
 * forward steps that started and the snapshots it captured. A rollback of it compensates exactly
 * those steps, with those snapshots.
 */
public record PriorRun(String runId, Set<String> startedSteps, Map<String, Object> snapshots) {

    public PriorRun {
        startedSteps = Set.copyOf(startedSteps);
        snapshots = Map.copyOf(snapshots);
    }
}
