package io.mopstudio.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run laid out over time, from its recorded events alone: the phases, every step attempt as a
 * span, every check sample (with its threshold, when numeric) and the moments a human or the
 * engine changed course. The viewer draws it, the report prints it, the insights add it up.
 */
public record RunTimeline(Instant start, Instant end, List<PhaseSpan> phases, List<StepAttempt> attempts,
        List<CheckSample> samples, List<Mark> marks) {

    public RunTimeline {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        phases = List.copyOf(phases);
        attempts = List.copyOf(attempts);
        samples = List.copyOf(samples);
        marks = List.copyOf(marks);
    }

    /** Builds the timeline of one run's events, in seq order. */
    public static RunTimeline of(List<AuditEvent> events) {
        return TimelineBuilder.build(events);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** A phase of the run, e.g. EXECUTING, from when it started until the next one (or the run's end). */
    public record PhaseSpan(String phase, Instant start, Instant end) {
    }

    /**
     * One attempt of one step. {@code outcome} is the step's status for its last attempt
     * (SUCCEEDED, FAILED, ...), RETRIED for an attempt that failed and was tried again, and
     * RUNNING when the audit holds no end (the process died).
     */
    public record StepAttempt(String graph, String stepId, String action, int attempt, Instant start, Instant end,
            String outcome, String params, String output, String message) {

        public long durationMillis() {
            return Duration.between(start, end).toMillis();
        }

        public boolean rollback() {
            return "ROLLBACK".equals(graph);
        }
    }

    /** One evaluation of a check: a pre-check, a baseline or a validation sample. */
    public record CheckSample(long seq, String phase, String nodeId, String check, Instant time, String outcome,
            String observed, String expected, String message) {

        public Optional<Double> value() {
            return Threshold.number(observed);
        }

        public Optional<Threshold> threshold() {
            return Threshold.parse(expected);
        }

        public boolean passed() {
            return "PASS".equals(outcome);
        }
    }

    /**
     * A moment that matters to a reviewer: an approval asked for or given, a pre-check overridden,
     * an operator's pause, resume or abort, a rollback, an escalation, a review.
     */
    public record Mark(long seq, Instant time, Kind kind, String text) {

        /** What kind of moment. ESCALATION: the run ended where a human must take over. */
        public enum Kind { APPROVAL, OVERRIDE, INTERVENTION, ROLLBACK, ESCALATION, REVIEW, FINISHED }
    }
}
