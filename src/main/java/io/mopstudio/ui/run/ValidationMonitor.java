package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.environment.ValidationSettings;
import io.mopstudio.model.Check;
import io.mopstudio.model.Mop;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The validation phase as the operator follows it: one {@link ValidationTrack} per check, and the
 * window's progress — once every check passes, they must hold together for the window; any
 * failing sample starts the window again, as the engine does.
 */
public final class ValidationMonitor {

    private final ObservableList<ValidationTrack> tracks = FXCollections.observableArrayList();
    private final ObservableList<ValidationTrack> tracksView = FXCollections.unmodifiableObservableList(tracks);
    private final Map<String, ValidationTrack> byNode = new LinkedHashMap<>();
    private final Map<String, CheckOutcome> latest = new HashMap<>();
    private final ReadOnlyStringWrapper window = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private Optional<Duration> windowLength = Optional.empty();
    private Optional<Instant> startedAt = Optional.empty();
    private Optional<Instant> holdingSince = Optional.empty();
    private boolean over;

    /** Tracks for {@code mop}'s checks; timing from {@code settings} when the environment is known. */
    void prepare(Mop mop, Optional<ValidationSettings> settings) {
        tracks.clear();
        byNode.clear();
        latest.clear();
        startedAt = Optional.empty();
        holdingSince = Optional.empty();
        over = false;
        active.set(false);
        windowLength = settings.map(s -> mop.validationSettings().window().orElse(s.window()));
        for (Check check : mop.validation()) {
            ValidationTrack track = new ValidationTrack(check.nodeId(),
                    check.timeout().or(() -> settings.map(ValidationSettings::defaultTimeout)));
            byNode.put(check.nodeId(), track);
        }
        tracks.setAll(byNode.values());
        window.set(windowLength.map(w -> "all checks must hold together for " + text(w)).orElse(""));
    }

    void apply(RunEvent event) {
        if (event instanceof PhaseStarted e && e.phase() == Phase.VALIDATING) {
            startedAt = Optional.of(e.time());
            active.set(true);
        } else if (event instanceof PhaseStarted e && e.phase() == Phase.ROLLING_BACK) {
            stop("validation ended: rolling back");
        } else if (event instanceof CheckEvaluated e && e.phase() == CheckPhase.BASELINE) {
            track(e.nodeId()).baseline(e);
        } else if (event instanceof CheckEvaluated e && e.phase() == CheckPhase.VALIDATION) {
            sample(e);
        } else if (event instanceof RunFinished e && !over) {
            stop(holdingSince.isPresent() && windowLength.isPresent() ? "held for " + text(windowLength.get())
                    : "validation did not complete");
        }
    }

    private void sample(CheckEvaluated e) {
        Instant start = startedAt.orElseGet(() -> {
            startedAt = Optional.of(e.time());
            return e.time();
        });
        active.set(true);
        track(e.nodeId()).sample(e, ValidationTrack.seconds(start, e.time()));
        latest.put(e.nodeId(), e.outcome());
        boolean allPass = latest.size() == byNode.size()
                && latest.values().stream().allMatch(o -> o == CheckOutcome.PASS);
        if (!allPass) {
            holdingSince = Optional.empty();
        } else if (holdingSince.isEmpty()) {
            holdingSince = Optional.of(e.time());
        }
        tick(e.time());
    }

    /** Moves the window's progress and each check's time left on; the window calls it on its clock. */
    void tick(Instant now) {
        if (over || startedAt.isEmpty()) {
            return;
        }
        double since = ValidationTrack.seconds(startedAt.get(), now);
        tracks.forEach(t -> t.tick(since));
        String of = windowLength.map(w -> " of " + text(w)).orElse("");
        window.set(holdingSince.map(h -> "holding " + DurationText.of(held(h, now)) + of)
                .orElse("not holding yet: every check must pass" + (of.isEmpty() ? "" : ", then hold for "
                        + text(windowLength.get()))));
    }

    private long held(Instant since, Instant now) {
        long millis = Math.max(0, Duration.between(since, now).toMillis());
        return windowLength.map(w -> Math.min(millis, w.toMillis())).orElse(millis);
    }

    private void stop(String text) {
        over = true;
        tracks.forEach(t -> t.ended(text));
        active.set(false);
        window.set(text);
    }

    private ValidationTrack track(String nodeId) {
        return byNode.computeIfAbsent(nodeId, id -> {
            ValidationTrack added = new ValidationTrack(id, Optional.empty());
            tracks.add(added);
            return added;
        });
    }

    private static String text(Duration duration) {
        return DurationText.of(duration.toMillis());
    }

    public ObservableList<ValidationTrack> tracks() {
        return tracksView;
    }

    public Optional<ValidationTrack> find(String nodeId) {
        return Optional.ofNullable(byNode.get(nodeId));
    }

    /** The window's progress in words: "holding 2.0 s of 3.0 s". */
    public ReadOnlyStringProperty windowProperty() {
        return window.getReadOnlyProperty();
    }

    /** True while the run is validating. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
