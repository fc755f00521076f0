package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One validation check over a run: its samples for the chart, the threshold line, the value before
 * execution, and how long it has left to clear, so the operator sees it converging or not.
 */
public final class ValidationTrack {

    private final String nodeId;
    private final Optional<Duration> timeout;
    private final ObservableList<ValidationSample> samples = FXCollections.observableArrayList();
    private final ObservableList<ValidationSample> samplesView = FXCollections.unmodifiableObservableList(samples);
    private final ReadOnlyObjectWrapper<Optional<Threshold>> threshold = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper("no sample yet");
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Optional<CheckOutcome>> outcome = new ReadOnlyObjectWrapper<>(Optional.empty());
    private String baseline = "";
    private Optional<Double> clearedAfter = Optional.empty();

    /** {@code timeout} is how long the check may take to clear; empty when not known (no environment yet). */
    ValidationTrack(String nodeId, Optional<Duration> timeout) {
        this.nodeId = nodeId;
        this.timeout = timeout;
        deadline.set(timeout.map(t -> "must clear within " + DurationText.of(t.toMillis())).orElse(""));
    }

    void baseline(CheckEvaluated e) {
        baseline = orDash(e.observed());
        threshold.set(Threshold.parse(e.expected()));
        latest.set("before execution: " + baseline + ", expected " + orDash(e.expected()));
    }

    void sample(CheckEvaluated e, double seconds) {
        if (threshold.get().isEmpty()) {
            threshold.set(Threshold.parse(e.expected()));
        }
        samples.add(new ValidationSample(seconds, orDash(e.observed()), Threshold.number(e.observed()), e.outcome()));
        outcome.set(Optional.of(e.outcome()));
        if (e.outcome() == CheckOutcome.PASS && clearedAfter.isEmpty()) {
            clearedAfter = Optional.of(seconds);
        } else if (e.outcome() != CheckOutcome.PASS) {
            clearedAfter = Optional.empty();
        }
        latest.set(e.outcome() + ": " + orDash(e.observed()) + ", expected " + orDash(e.expected())
                + (baseline.isEmpty() ? "" : " (before: " + baseline + ")")
                + (EventText.blank(e.message()) ? "" : " — " + e.message()));
    }

    /** The time left to clear, seen from {@code sinceStart} into validation. */
    void tick(double sinceStart) {
        if (timeout.isEmpty()) {
            return;
        }
        long limit = timeout.get().toMillis();
        if (clearedAfter.isPresent()) {
            deadline.set("cleared after " + DurationText.of(Math.round(clearedAfter.get() * 1000)) + " (limit "
                    + DurationText.of(limit) + ")");
            return;
        }
        long left = Math.max(0, limit - Math.round(sinceStart * 1000));
        deadline.set("must clear within " + DurationText.of(limit) + " — " + DurationText.of(left) + " left");
    }

    /** Validation is over (held, rolled back or stopped): no time is left counting. */
    void ended(String why) {
        if (clearedAfter.isEmpty() && timeout.isPresent()) {
            deadline.set(why);
        }
    }

    public String nodeId() {
        return nodeId;
    }

    public Optional<Duration> timeout() {
        return timeout;
    }

    public ObservableList<ValidationSample> samples() {
        return samplesView;
    }

    public ReadOnlyObjectProperty<Optional<Threshold>> thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    /** The latest verdict in words, with the value before execution. */
    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** How long the check may take to clear, and how much of that is left. */
    public ReadOnlyStringProperty deadlineProperty() {
        return deadline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<CheckOutcome>> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private static String orDash(String text) {
        return EventText.blank(text) ? "-" : text;
    }
}
