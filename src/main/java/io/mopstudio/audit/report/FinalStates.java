package io.mopstudio.audit.report;

import io.mopstudio.audit.RunTimeline;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import java.util.HashMap;
import java.util.Map;

/**
 * How each node of a run ended, read from its recorded timeline alone: a step's last attempt
 * (SUCCEEDED, FAILED, CANCELLED, ..., RUNNING when the audit holds no end), a check's last sample
 * (PASS, WARN, FAIL). A node the run never reached is {@link #NOT_RUN}.
 */
record FinalStates(Map<String, String> byNode) {

    static final String NOT_RUN = "NOT_RUN";
    static final String PRE_CHECK = "PRE_CHECK";
    static final String VALIDATION = "VALIDATION";

    FinalStates {
        byNode = Map.copyOf(byNode);
    }

    static FinalStates of(RunTimeline timeline) {
        Map<String, String> states = new HashMap<>();
        // Both lists are in seq order, so the last write for a node is its final state.
        for (StepAttempt attempt : timeline.attempts()) {
            states.put(key(attempt.graph(), attempt.stepId()), attempt.outcome());
        }
        for (CheckSample sample : timeline.samples()) {
            // A baseline is taken before anything acts: it does not judge the validation node.
            if (sample.phase().equals(PRE_CHECK) || sample.phase().equals(VALIDATION)) {
                states.put(key(sample.phase(), sample.nodeId()), sample.outcome());
            }
        }
        return new FinalStates(states);
    }

    /** {@code lane} is a step's graph (EXECUTION, ROLLBACK) or a check's phase (PRE_CHECK, VALIDATION). */
    String of(String lane, String id) {
        return byNode.getOrDefault(key(lane, id), NOT_RUN);
    }

    private static String key(String lane, String id) {
        return lane + "/" + id;
    }
}
