package io.mopstudio.audit.report;

import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunTimeline;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.Mark;
import io.mopstudio.audit.RunTimeline.PhaseSpan;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's timeline (Gantt) as an inline SVG on one time axis from the run's first event to its
 * last: the phases, then one lane per pre-check, execution step, validation check and rollback
 * step in the order they first happened. Every step attempt is its own bar, coloured by how it
 * ended; every check sample a tick; approvals, rollback and the end a line across all lanes.
 * Hovering shows the details (SVG titles), and everything is readable without it.
 */
final class TimelinePicture {

    private static final double LABELS = 200;
    private static final double PLOT = 760;
    private static final double LANE = 22;
    private static final double BAR = 14;
    private static final double AXIS = 40;
    private static final long[] STEPS_MS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000,
        30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000, 21_600_000, 86_400_000};

    /** One row: its label and what it draws. */
    private record Lane(String label, List<StepAttempt> attempts, List<CheckSample> samples, List<PhaseSpan> phases) {
    }

    private final RunTimeline timeline;
    private final double length;

    private TimelinePicture(RunTimeline timeline) {
        this.timeline = timeline;
        this.length = Math.max(1, timeline.length().toMillis());
    }

    static String of(RunTimeline timeline) {
        return new TimelinePicture(timeline).draw();
    }

    private String draw() {
        List<Lane> lanes = lanes();
        double height = AXIS + lanes.size() * LANE + 8;
        Svg svg = new Svg("timeline", LABELS + PLOT + 20, height, "Timeline of the run, "
                + DurationText.of(timeline.length().toMillis()) + " from its first to its last event");
        axis(svg, height);
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double top = AXIS + i * LANE;
            svg.line(0, top + LANE, LABELS + PLOT + 20, top + LANE, " stroke=\"#eaeef2\"");
            svg.text(6, top + 15, lane.label(), " font-size=\"11\"");
            double y = top + (LANE - BAR) / 2;
            lane.phases().forEach(p -> bar(svg, p.start(), p.end(), y, new Palette("#eaeef2", "#8c959f"),
                    Svg.attr("class", "phase"), Palette.word(p.phase()), Palette.word(p.phase()) + ": "
                    + DurationText.of(Duration.between(p.start(), p.end()).toMillis())));
            lane.attempts().forEach(a -> bar(svg, a.start(), a.end(), y, Palette.of(a.outcome()),
                    Svg.attr("class", "attempt") + Svg.attr("data-graph", a.graph()) + Svg.attr("data-step", a.stepId())
                    + Svg.attr("data-attempt", String.valueOf(a.attempt())),
                    "#" + a.attempt() + " " + Palette.word(a.outcome()), a.stepId() + " attempt " + a.attempt() + ": "
                    + Palette.word(a.outcome()) + ", " + DurationText.of(a.durationMillis())
                    + (a.message().isEmpty() ? "" : " · " + a.message())));
            lane.samples().forEach(s -> svg.rect(x(s.time()) - 2, y, 4, BAR, Palette.of(s.outcome()),
                    Svg.attr("class", "sample") + Svg.attr("data-check", s.nodeId()), s.nodeId() + " "
                    + Palette.word(s.phase()) + ": " + Palette.word(s.outcome()) + ", observed " + s.observed()
                    + " vs " + s.expected()));
        }
        // Labels of marks close together go on two rows, so that "rollback" and "finished" stay readable.
        double lastLabel = Double.NEGATIVE_INFINITY;
        boolean upper = false;
        for (Mark mark : timeline.marks()) {
            double x = x(mark.time());
            svg.line(x, AXIS - 14, x, height - 4, Svg.attr("class", "mark") + " stroke=\"#8250df\" stroke-width=\"1.5\""
                    + " stroke-dasharray=\"3 3\"");
            upper = x - lastLabel < 60 && !upper;
            // Near the right edge the label goes left of its line, or the picture would cut it off.
            boolean left = x > LABELS + PLOT - 60;
            svg.text(left ? x - 3 : x + 3, upper ? AXIS - 16 : AXIS - 4, Palette.word(mark.kind().name()),
                    " font-size=\"9\" fill=\"#8250df\"" + (left ? " text-anchor=\"end\"" : ""));
            lastLabel = x;
        }
        return svg.done();
    }

    private List<Lane> lanes() {
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new Lane("Phases", List.of(), List.of(), timeline.phases()));
        Map<String, List<CheckSample>> preChecks = new LinkedHashMap<>();
        Map<String, List<CheckSample>> validation = new LinkedHashMap<>();
        for (CheckSample s : timeline.samples()) {
            (s.phase().equals(FinalStates.PRE_CHECK) ? preChecks : validation)
                    .computeIfAbsent(s.nodeId(), k -> new ArrayList<>()).add(s);
        }
        preChecks.forEach((node, samples) -> lanes.add(new Lane("pre-check " + node, List.of(), samples, List.of())));
        steps(false).forEach((step, attempts) -> lanes.add(new Lane("step " + step, attempts, List.of(), List.of())));
        validation.forEach((node, samples) -> lanes.add(new Lane("validation " + node, List.of(), samples, List.of())));
        steps(true).forEach((step, attempts) -> lanes.add(new Lane("rollback " + step, attempts, List.of(), List.of())));
        return lanes;
    }

    private Map<String, List<StepAttempt>> steps(boolean rollback) {
        Map<String, List<StepAttempt>> steps = new LinkedHashMap<>();
        timeline.attempts().stream().filter(a -> a.rollback() == rollback)
                .forEach(a -> steps.computeIfAbsent(a.stepId(), k -> new ArrayList<>()).add(a));
        return steps;
    }

    private void axis(Svg svg, double height) {
        long step = STEPS_MS[STEPS_MS.length - 1];
        for (long candidate : STEPS_MS) {
            if (length / candidate <= 8) {
                step = candidate;
                break;
            }
        }
        for (long at = 0; at <= length; at += step) {
            double x = LABELS + PLOT * at / length;
            svg.line(x, AXIS - 2, x, height - 4, " stroke=\"#d0d7de\"");
            svg.text(x + 2, 12, "+" + DurationText.of(at), " font-size=\"9\" fill=\"#57606a\"");
        }
    }

    /** A span at least 3 px wide, so an attempt that ended at once still shows; labelled when it fits. */
    private void bar(Svg svg, Instant start, Instant end, double y, Palette colour, String attributes, String label,
            String tooltip) {
        double from = x(start);
        double width = Math.max(3, x(end) - from);
        svg.rect(from, y, width, BAR, colour, attributes, tooltip);
        if (width > label.length() * 6 + 6) {
            svg.text(from + 3, y + 11, label, " font-size=\"9\"");
        }
    }

    private double x(Instant at) {
        return LABELS + PLOT * Duration.between(timeline.start(), at).toMillis() / length;
    }
}
