package io.mopstudio.ui.audit;

import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunTimeline;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import io.mopstudio.audit.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A run's timeline ready to draw, with no controls in it: lanes of bars placed as fractions of the
 * run's length (the phases first, then one lane per step, attempts side by side), marks for the
 * moments that matter, and each validation check's samples against its threshold.
 */
public record TimelineModel(String length, List<Lane> lanes, List<Marker> markers, List<SampleSeries> series) {

    public static final TimelineModel EMPTY = new TimelineModel("", List.of(), List.of(), List.of());

    public TimelineModel {
        lanes = List.copyOf(lanes);
        markers = List.copyOf(markers);
        series = List.copyOf(series);
    }

    /** One row of the timeline. */
    public record Lane(String label, List<Bar> bars) {
        public Lane {
            bars = List.copyOf(bars);
        }
    }

    /** A span: where it starts and how wide it is (0..1 of the run), its style class, and what its tooltip says. */
    public record Bar(double start, double width, String styleClass, String text) {
    }

    /** A moment: an intervention, rollback, escalation, review or the end. */
    public record Marker(double at, String styleClass, String text) {
    }

    /** One validation check's samples, seconds from the run's start, and its threshold if numeric. */
    public record SampleSeries(String check, List<Sample> samples, Optional<Threshold> threshold) {
        public SampleSeries {
            samples = List.copyOf(samples);
        }
    }

    public record Sample(double seconds, double value, boolean passed) {
    }

    public static TimelineModel of(RunTimeline timeline) {
        Instant start = timeline.start();
        double total = Math.max(1, timeline.length().toMillis());
        List<Lane> lanes = new ArrayList<>();
        lanes.add(new Lane("phases", timeline.phases().stream().map(p -> bar(start, total, p.start(), p.end(),
                "timeline-phase-" + slug(p.phase()), p.phase().replace('_', ' ').toLowerCase(Locale.ROOT)
                        + " · " + DurationText.of(Duration.between(p.start(), p.end()).toMillis()))).toList()));
        Map<String, List<Bar>> steps = new LinkedHashMap<>();
        for (StepAttempt a : timeline.attempts()) {
            String lane = (a.rollback() ? "rollback: " : "") + a.stepId();
            steps.computeIfAbsent(lane, k -> new ArrayList<>()).add(bar(start, total, a.start(), a.end(),
                    "timeline-step-" + slug(a.outcome()), a.stepId() + " attempt " + a.attempt() + " · " + a.outcome()
                            + " · " + DurationText.of(a.durationMillis())
                            + (a.message().isEmpty() ? "" : " · " + a.message())));
        }
        steps.forEach((label, bars) -> lanes.add(new Lane(label, bars)));
        List<Marker> markers = timeline.marks().stream().map(m -> new Marker(fraction(start, total, m.time()),
                "timeline-mark-" + slug(m.kind().name()), m.text())).toList();
        return new TimelineModel(DurationText.of(timeline.length().toMillis()), lanes, markers, series(timeline));
    }

    private static List<SampleSeries> series(RunTimeline timeline) {
        Map<String, List<CheckSample>> byCheck = new LinkedHashMap<>();
        timeline.samples().stream().filter(s -> s.phase().equals("VALIDATION") && s.value().isPresent())
                .forEach(s -> byCheck.computeIfAbsent(s.nodeId(), k -> new ArrayList<>()).add(s));
        List<SampleSeries> out = new ArrayList<>();
        byCheck.forEach((check, samples) -> out.add(new SampleSeries(check, samples.stream()
                .map(s -> new Sample(Duration.between(timeline.start(), s.time()).toMillis() / 1000.0,
                        s.value().orElseThrow(), s.passed())).toList(),
                samples.get(samples.size() - 1).threshold())));
        return out;
    }

    private static Bar bar(Instant runStart, double total, Instant from, Instant to, String style, String text) {
        double start = fraction(runStart, total, from);
        return new Bar(start, Math.max(0, fraction(runStart, total, to) - start), style, text);
    }

    private static double fraction(Instant runStart, double total, Instant at) {
        return Math.min(1, Math.max(0, Duration.between(runStart, at).toMillis() / total));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
