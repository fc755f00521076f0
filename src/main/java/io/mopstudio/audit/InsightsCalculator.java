package io.mopstudio.audit;

import io.mopstudio.audit.Insights.MopOutcomes;
import io.mopstudio.audit.Insights.PreCheckAborts;
import io.mopstudio.audit.Insights.StepDurations;
import io.mopstudio.audit.Insights.ThresholdFit;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/** Adds up recorded runs into {@link Insights}. */
public final class InsightsCalculator {

    /** Attempt outcomes that ran (skipped and cancelled-before-start steps did no work to time). */
    private static final Set<String> TIMED = Set.of("SUCCEEDED", "FAILED", "TIMED_OUT", "RETRIED");

    private InsightsCalculator() {
    }

    /** One recorded run and its events. */
    public record RecordedRunEvents(RunSummary run, List<AuditEvent> events) {
    }

    public static Insights of(List<RecordedRunEvents> runs) {
        Map<String, List<RecordedRunEvents>> byMop = new TreeMap<>();
        runs.forEach(r -> byMop.computeIfAbsent(r.run().mopId(), k -> new ArrayList<>()).add(r));
        List<MopOutcomes> mops = new ArrayList<>();
        List<PreCheckAborts> preChecks = new ArrayList<>();
        List<StepDurations> steps = new ArrayList<>();
        List<ThresholdFit> thresholds = new ArrayList<>();
        byMop.forEach((mop, list) -> {
            mops.add(outcomes(mop, list));
            Map<String, RunTimeline> timelines = new LinkedHashMap<>();
            list.forEach(r -> timelines.put(r.run().runId(), RunTimeline.of(r.events())));
            preChecks.addAll(preChecks(mop, list, timelines));
            steps.addAll(durations(mop, timelines.values()));
            thresholds.addAll(thresholds(mop, timelines.values()));
        });
        preChecks.sort(Comparator.comparingInt(PreCheckAborts::aborts).reversed()
                .thenComparing(Comparator.comparingInt(PreCheckAborts::failed).reversed()));
        return new Insights(runs.size(), mops, preChecks, steps, thresholds);
    }

    private static MopOutcomes outcomes(String mop, List<RecordedRunEvents> runs) {
        Map<String, Integer> states = new TreeMap<>();
        int resolved = 0;
        int judged = 0;
        for (RecordedRunEvents r : runs) {
            String state = r.run().finalState().orElse("UNFINISHED");
            states.merge(state, 1, Integer::sum);
            if (r.run().finalState().isPresent() && !state.equals("PLANNED")) {
                judged++;
                resolved += state.equals("RESOLVED") ? 1 : 0;
            }
        }
        return new MopOutcomes(mop, runs.get(0).run().mopName(), runs.size(), states, resolved, judged,
                judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) resolved / judged));
    }

    private static List<PreCheckAborts> preChecks(String mop, List<RecordedRunEvents> runs,
            Map<String, RunTimeline> timelines) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> checks = new LinkedHashMap<>();
        for (RecordedRunEvents r : runs) {
            boolean aborted = r.run().finalState().filter("ABORTED"::equals).isPresent();
            for (CheckSample sample : timelines.get(r.run().runId()).samples()) {
                if (!sample.phase().equals("PRE_CHECK")) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(sample.nodeId(), k -> new int[3]);
                checks.putIfAbsent(sample.nodeId(), sample.check());
                c[0]++;
                boolean failed = sample.outcome().equals("FAIL");
                c[1] += failed ? 1 : 0;
                c[2] += failed && aborted ? 1 : 0;
            }
        }
        List<PreCheckAborts> out = new ArrayList<>();
        counts.forEach((node, c) -> out.add(new PreCheckAborts(mop, node, checks.get(node), c[0], c[1], c[2])));
        return out;
    }

    private static List<StepDurations> durations(String mop, Iterable<RunTimeline> timelines) {
        Map<String, List<Long>> byStep = new LinkedHashMap<>();
        for (RunTimeline timeline : timelines) {
            for (StepAttempt attempt : timeline.attempts()) {
                if (TIMED.contains(attempt.outcome())) {
                    byStep.computeIfAbsent(attempt.graph() + "\u0000" + attempt.stepId(), k -> new ArrayList<>())
                            .add(attempt.durationMillis());
                }
            }
        }
        List<StepDurations> out = new ArrayList<>();
        byStep.forEach((key, millis) -> {
            String[] parts = key.split("\u0000", 2);
            millis.sort(null);
            out.add(new StepDurations(mop, parts[0], parts[1], millis.size(), percentile(millis, 50),
                    percentile(millis, 90), millis.get(millis.size() - 1)));
        });
        return out;
    }

    private static List<ThresholdFit> thresholds(String mop, Iterable<RunTimeline> timelines) {
        Map<String, List<CheckSample>> byCheck = new LinkedHashMap<>();
        for (RunTimeline timeline : timelines) {
            for (CheckSample sample : timeline.samples()) {
                if (sample.phase().equals("VALIDATION") && sample.threshold().isPresent()
                        && sample.value().isPresent()) {
                    byCheck.computeIfAbsent(sample.nodeId() + "\u0000" + sample.threshold().get(),
                            k -> new ArrayList<>()).add(sample);
                }
            }
        }
        List<ThresholdFit> out = new ArrayList<>();
        byCheck.forEach((key, samples) -> out.add(fit(mop, samples)));
        return out;
    }

    private static ThresholdFit fit(String mop, List<CheckSample> samples) {
        CheckSample first = samples.get(0);
        Threshold threshold = first.threshold().orElseThrow();
        List<Double> passing = samples.stream().filter(CheckSample::passed).map(s -> s.value().orElseThrow())
                .sorted().toList();
        OptionalDouble median = passing.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(passing));
        OptionalDouble headroom = median.isPresent() ? OptionalDouble.of(threshold.headroom(median.getAsDouble()))
                : OptionalDouble.empty();
        String verdict;
        if (passing.size() < Insights.MIN_SAMPLES) {
            verdict = "too few samples";
        } else if (headroom.getAsDouble() < Insights.TIGHT_BELOW) {
            verdict = "looks tight";
        } else if (headroom.getAsDouble() > Insights.LOOSE_ABOVE) {
            verdict = "looks loose";
        } else {
            verdict = "looks right";
        }
        return new ThresholdFit(mop, first.nodeId(), first.check(), threshold, samples.size(), passing.size(),
                samples.size() - passing.size(), median, headroom, verdict);
    }

    /** Nearest-rank: the smallest value with at least p% of the values at or below it. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
