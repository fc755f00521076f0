package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.InvalidRunException;
import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.engine.RunHandle;
import io.mopstudio.engine.RunOptions;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeState;
import io.mopstudio.ui.canvas.NodeStatus;
import io.mopstudio.ui.fx.UiBatches;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The window's view of one run: every node's live state, the phase, the elapsed time, the log,
 * and how it ended. Engine events arrive on engine threads and are applied on the UI thread in
 * batches ({@link UiBatches} over {@link UiDispatch#ui()}); {@link #apply} is where they change
 * state (see {@link RunEventApplier}).
 */
public final class RunViewModel {

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    /**
     * At most this many engine events are applied per turn of the FX thread: a burst of thousands
     * (a chatty retry loop, a fast validation) then renders in slices instead of freezing the window.
     */
    static final int EVENTS_PER_BATCH = 200;

    private final UiDispatch dispatch;
    private final ObservableMap<NodeKey, NodeState> nodes = FXCollections.observableHashMap();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableMap<NodeKey, NodeState> nodesView = FXCollections.unmodifiableObservableMap(nodes);
    private final ObservableList<String> logView = FXCollections.unmodifiableObservableList(log);
    private final ReadOnlyStringWrapper runId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FinalState> finalState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper rollbackActive = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(false);
    private final RunEventApplier applier = new RunEventApplier(this);
    private final StepHistory steps = new StepHistory();
    private final PreCheckTable preChecks = new PreCheckTable();
    private final ValidationMonitor validation = new ValidationMonitor();
    private final RunControls controls = new RunControls(this::handle, () -> nodes);
    private final WindowApproval approvals;
    private final UiBatches<RunEvent> events;
    private Optional<RunHandle> handle = Optional.empty();
    private Optional<RunRequest> lastRequest = Optional.empty();
    private Optional<Instant> startedAt = Optional.empty();

    public RunViewModel(UiDispatch dispatch) {
        this.dispatch = dispatch;
        this.approvals = new WindowApproval(dispatch, System.getProperty("user.name", ""));
        this.events = new UiBatches<>(dispatch.ui(), EVENTS_PER_BATCH, this::applyAll);
    }

    /** Every node of {@code mop} pending, nothing run yet: for a newly loaded MOP or before a run. */
    public void prepare(Mop mop) {
        prepare(mop, Optional.empty());
    }

    private void prepare(Mop mop, Optional<io.mopstudio.environment.ValidationSettings> settings) {
        applier.reset();
        steps.clear();
        preChecks.clear();
        validation.prepare(mop, settings);
        nodes.clear();
        RunEventApplier.keys(mop).forEach(key -> nodes.put(key, NodeState.PENDING));
        log.clear();
        runId.set("");
        phase.set("");
        elapsed.set("");
        summary.set("");
        finalState.set(null);
        rollbackActive.set(false);
        startedAt = Optional.empty();
    }

    /** Starts {@code request}; its events go to {@code audit} first, then to this view-model. */
    public RunHandle start(RunEngine engine, RunRequest request, RunListener audit) throws InvalidRunException {
        return start(engine, request, audit, List.of());
    }

    /**
     * Starts {@code request} with failed pre-checks overridden; approvals past the blast-radius
     * limit are asked in the window ({@link #approvals()}).
     */
    public RunHandle start(RunEngine engine, RunRequest request, RunListener audit, List<PreCheckOverride> overrides)
            throws InvalidRunException {
        prepare(request.mop(), Optional.of(request.environment().validation()));
        demo.set(request.environment().demo());
        approvals.approverProperty().set(request.operator());
        RunOptions options = new RunOptions(approvals, overrides, Optional.empty(), Optional.empty());
        RunHandle started = engine.start(request, RunListener.all(audit, listener()), options);
        handle = Optional.of(started);
        lastRequest = Optional.of(request);
        runId.set(started.runId());
        running.set(true);
        dispatch.onUi(started.completion()).whenComplete((result, error) -> ended(started, result, error));
        return started;
    }

    /** Asks the run in progress, if any, to stop. */
    public void cancel(String reason) {
        handle.ifPresent(h -> h.cancel(reason));
    }

    public Optional<RunHandle> handle() {
        return handle;
    }

    /** The request of the latest run started here: for running again with the same inputs. */
    public Optional<RunRequest> lastRequest() {
        return lastRequest;
    }

    public StepHistory steps() {
        return steps;
    }

    public PreCheckTable preChecks() {
        return preChecks;
    }

    public ValidationMonitor validation() {
        return validation;
    }

    public RunControls controls() {
        return controls;
    }

    public WindowApproval approvals() {
        return approvals;
    }

    /** A listener for the engine: queues each event for the UI thread, which takes them in batches. */
    public RunListener listener() {
        return events::offer;
    }

    /** Applies one event; call on the UI thread. */
    public void apply(RunEvent event) {
        applyAll(List.of(event));
    }

    /** Applies events in order, with their log lines added in one change: one list update per batch, not per line. */
    private void applyAll(List<RunEvent> batch) {
        List<String> lines = new ArrayList<>(batch.size());
        for (RunEvent event : batch) {
            lines.add(LOG_TIME.format(event.time()) + "  " + EventText.of(event));
            applier.apply(event);
            steps.apply(event);
            preChecks.apply(event);
            validation.apply(event);
            controls.apply(event);
        }
        log.addAll(lines);
    }

    /** Updates the elapsed time while running; the view calls it on a timer. */
    public void tick(Instant now) {
        if (running.get() && finalState.get() == null) {
            startedAt.ifPresent(start -> elapsed.set(DurationText.of(Duration.between(start, now).toMillis())));
            applier.tick(now);
            validation.tick(now);
        }
    }

    private void ended(RunHandle which, RunResult result, Throwable error) {
        if (handle.filter(current -> current == which).isEmpty()) {
            return;
        }
        // The result may overtake the run's last events on the UI queue: show them first.
        events.flush();
        running.set(false);
        handle = Optional.empty();
        if (error != null) {
            log.add("The run ended without a result: " + UiDispatch.unwrap(error));
        } else if (finalState.get() == null) {
            // No run_finished reached the window (the audit refused an event, for one): the result still tells.
            finished(result.finalState(), result.summary(), result.durationMillis());
        }
    }

    void started(Instant at, boolean demoEnvironment) {
        startedAt = Optional.of(at);
        demo.set(demoEnvironment);
        running.set(true);
    }

    void finished(FinalState state, String text, long durationMillis) {
        // The summary first: whoever reacts to the final state (a notification) reads it.
        summary.set(text);
        finalState.set(state);
        elapsed.set(DurationText.of(durationMillis));
        phase.set("finished");
    }

    ObservableMap<NodeKey, NodeState> mutableNodes() {
        return nodes;
    }

    void setRunId(String id) {
        runId.set(id);
    }

    void setPhase(String text) {
        phase.set(text);
    }

    void activateRollback() {
        rollbackActive.set(true);
    }

    public NodeState state(NodeKey key) {
        return Optional.ofNullable(nodes.get(key)).orElse(NodeState.PENDING);
    }

    public NodeStatus status(NodeKey key) {
        return state(key).status();
    }

    /** Node states by key; shared with the graph canvases. */
    public ObservableMap<NodeKey, NodeState> nodes() {
        return nodesView;
    }

    public ObservableList<String> log() {
        return logView;
    }

    public Optional<FinalState> getFinalState() {
        return Optional.ofNullable(finalState.get());
    }

    public ReadOnlyStringProperty runIdProperty() {
        return runId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How the run ended; holds null until it has. */
    public ReadOnlyObjectProperty<FinalState> finalStateProperty() {
        return finalState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True from the moment the run starts its rollback graph. */
    public ReadOnlyBooleanProperty rollbackActiveProperty() {
        return rollbackActive.getReadOnlyProperty();
    }

    /** True while the current or last run targets a demo environment. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }
}
