package io.mopstudio.ui.audit;

import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.Insights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One line of the Insights table: which section, what it is about, and the figures in words. */
public record InsightRow(String section, String mop, String subject, String figures, String verdict) {

    public static final String SUCCESS = "Success";
    public static final String PRE_CHECK = "Pre-check";
    public static final String STEP = "Step duration";
    public static final String THRESHOLD = "Threshold";

    /** Every figure of {@code insights}, section by section, in the order the insights list them. */
    public static List<InsightRow> of(Insights insights) {
        List<InsightRow> rows = new ArrayList<>();
        insights.mops().forEach(m -> rows.add(new InsightRow(SUCCESS, m.mopId(), m.mopName(),
                m.runs() + " runs: " + new TreeMap<>(m.byFinalState()).entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                m.successRate().isEmpty() ? "no finished run"
                        : percent(m.successRate()) + " resolved (" + m.resolved() + "/" + m.judged() + ")")));
        insights.preChecks().forEach(p -> rows.add(new InsightRow(PRE_CHECK, p.mopId(), p.nodeId(),
                "failed " + p.failed() + " of " + p.evaluated(), "aborted " + p.aborts() + " runs")));
        insights.steps().forEach(s -> rows.add(new InsightRow(STEP, s.mopId(),
                s.graph().toLowerCase(Locale.ROOT) + "/" + s.stepId(), s.attempts() + " attempts",
                "p50 " + DurationText.of(s.p50Millis()) + " · p90 " + DurationText.of(s.p90Millis()) + " · max "
                        + DurationText.of(s.maxMillis()))));
        insights.thresholds().forEach(t -> rows.add(new InsightRow(THRESHOLD, t.mopId(), t.nodeId() + " " + t.threshold(),
                t.samples() + " samples (" + t.passing() + " pass) · passing median "
                        + (t.passingMedian().isEmpty() ? "-" : trim(t.passingMedian().getAsDouble())) + " · "
                        + percent(t.headroom()) + " to spare", t.verdict())));
        return rows;
    }

    private static String percent(OptionalDouble fraction) {
        return fraction.isEmpty() ? "-" : Math.round(fraction.getAsDouble() * 100) + "%";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
