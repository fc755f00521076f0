package io.mopstudio.ui.audit;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.RecordedEvents;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.canvas.GraphLayouter;
import io.mopstudio.ui.canvas.MopGraph;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.ui.run.RunViewModel;
import io.mopstudio.yaml.MopLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * Replays a recorded run: the graphs built from the MOP text the run stored (not today's file),
 * coloured by feeding the first {@link #positionProperty() position} events through the same
 * {@link RunViewModel} the window uses live. Position 0 is before anything happened.
 */
public final class ReplayViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final RunViewModel run;
    private final GraphCanvasViewModel execution;
    private final GraphCanvasViewModel rollback;
    private final RecordedEvents reader = new RecordedEvents();
    private final IntegerProperty position = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper moment = new ReadOnlyStringWrapper("Select a run to replay it.");
    private List<AuditEvent> stored = List.of();
    private List<Optional<RunEvent>> events = List.of();
    private Optional<Mop> mop = Optional.empty();

    public ReplayViewModel(GraphLayouter layouter, UiDispatch dispatch) {
        this.run = new RunViewModel(dispatch);
        this.execution = new GraphCanvasViewModel(layouter, dispatch, run.nodes());
        this.rollback = new GraphCanvasViewModel(layouter, dispatch, run.nodes());
        position.addListener((obs, old, now) -> replayTo(now.intValue()));
    }

    /** Shows the run whose stored MOP text and events these are, at its end. */
    public void load(String mopText, List<AuditEvent> recorded) {
        stored = List.copyOf(recorded);
        List<Optional<RunEvent>> typed = new ArrayList<>();
        recorded.forEach(e -> typed.add(reader.read(e)));
        events = typed;
        mop = new MopLoader().parse(mopText, "MOP stored with the run").value();
        String none = mop.isEmpty() ? "The MOP text stored with this run cannot be read as a MOP." : "No steps.";
        execution.show(mop.map(m -> MopGraph.of(m, GraphKind.EXECUTION)).orElse(MopGraph.EMPTY), none);
        rollback.show(mop.map(m -> MopGraph.of(m, GraphKind.ROLLBACK)).orElse(MopGraph.EMPTY),
                mop.isEmpty() ? none : "No rollback steps.");
        length.set(recorded.size());
        if (position.get() == recorded.size()) {
            replayTo(recorded.size());
        } else {
            position.set(recorded.size());
        }
    }

    /** Nothing selected. */
    public void clear() {
        load("", List.of());
        moment.set("Select a run to replay it.");
    }

    private void replayTo(int count) {
        int upTo = Math.max(0, Math.min(count, events.size()));
        mop.ifPresent(run::prepare);
        for (int i = 0; i < upTo; i++) {
            events.get(i).ifPresent(run::apply);
        }
        if (stored.isEmpty()) {
            moment.set("");
        } else if (upTo == 0) {
            moment.set("Before the run started (0 of " + stored.size() + " events).");
        } else {
            AuditEvent at = stored.get(upTo - 1);
            moment.set("Event " + upTo + " of " + stored.size() + " · " + TIME.format(at.time()) + " · "
                    + at.describe() + (events.get(upTo - 1).isEmpty() ? " (not replayable: shown in the log only)" : ""));
        }
    }

    public IntegerProperty positionProperty() {
        return position;
    }

    /** How many events the run has: the slider's end. */
    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    /** Which event the replay stands at, when, and what it was. */
    public ReadOnlyStringProperty momentProperty() {
        return moment.getReadOnlyProperty();
    }

    /** The node states and run facts at the current position. */
    public RunViewModel run() {
        return run;
    }

    public GraphCanvasViewModel execution() {
        return execution;
    }

    public GraphCanvasViewModel rollback() {
        return rollback;
    }
}
