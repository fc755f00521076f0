package io.mopstudio.audit;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What past runs say about the MOPs, for the people who maintain them: which MOPs succeed, which
 * pre-checks stop runs, how long steps take, and whether validation thresholds fit what is really
 * observed (see {@link #THRESHOLD_RULE}).
 */
public record Insights(int runs, List<MopOutcomes> mops, List<PreCheckAborts> preChecks, List<StepDurations> steps,
        List<ThresholdFit> thresholds) {

    /** Passing samples need at least this much room to the limit, as a fraction of it, or the threshold looks tight. */
    public static final double TIGHT_BELOW = 0.10;
    /** More room than this and the threshold looks loose. */
    public static final double LOOSE_ABOVE = 0.50;
    /** Fewer passing samples than this say nothing yet. */
    public static final int MIN_SAMPLES = 5;

    public static final String THRESHOLD_RULE = "A threshold is judged by the median of its passing validation "
            + "samples: with less than 10% of the threshold to spare it looks tight (normal values sit at the limit, "
            + "so healthy runs may roll back); with more than 50% to spare it looks loose (values far worse than "
            + "usual would still pass); in between it looks right. Fewer than 5 passing samples: too few to say.";

    public Insights {
        mops = List.copyOf(mops);
        preChecks = List.copyOf(preChecks);
        steps = List.copyOf(steps);
        thresholds = List.copyOf(thresholds);
    }

    /**
     * How one MOP's runs ended. The success rate is RESOLVED runs over finished ones, leaving out
     * dry runs (PLANNED) and runs with no recorded end.
     */
    public record MopOutcomes(String mopId, String mopName, int runs, Map<String, Integer> byFinalState,
            int resolved, int judged, OptionalDouble successRate) {
        public MopOutcomes {
            byFinalState = Map.copyOf(byFinalState);
        }
    }

    /** One pre-check: how often it was evaluated, failed, and how many runs it stopped (ABORTED). */
    public record PreCheckAborts(String mopId, String nodeId, String check, int evaluated, int failed, int aborts) {
    }

    /** How long one step's attempts took, in milliseconds (nearest-rank percentiles). */
    public record StepDurations(String mopId, String graph, String stepId, int attempts, long p50Millis,
            long p90Millis, long maxMillis) {
    }

    /** How close one validation check's passing samples run to its threshold. */
    public record ThresholdFit(String mopId, String nodeId, String check, Threshold threshold, int samples,
            int passing, int failing, OptionalDouble passingMedian, OptionalDouble headroom, String verdict) {
    }
}
