package io.mopstudio.ui.run;

import io.mopstudio.engine.RunHandle;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import io.mopstudio.ui.canvas.NodeState;
import io.mopstudio.ui.canvas.NodeStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Pause, resume and abort for the run in progress, in the operator's name. Whether the run is
 * paused comes from the events (the engine records every intervention), not from the clicks.
 */
public final class RunControls {

    private final Supplier<Optional<RunHandle>> handle;
    private final Supplier<Map<NodeKey, NodeState>> nodes;
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper aborting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper intervention = new ReadOnlyStringWrapper("");

    RunControls(Supplier<Optional<RunHandle>> handle, Supplier<Map<NodeKey, NodeState>> nodes) {
        this.handle = handle;
        this.nodes = nodes;
    }

    void apply(RunEvent event) {
        if (event instanceof RunStarted) {
            paused.set(false);
            aborting.set(false);
            intervention.set("");
        } else if (event instanceof OperatorIntervened e) {
            switch (e.action()) {
                case PAUSE -> paused.set(true);
                case RESUME -> paused.set(false);
                case ABORT -> {
                    aborting.set(true);
                    paused.set(false);
                }
                default -> {
                    // Approvals and overrides are shown where they are given.
                }
            }
            intervention.set(e.action().name().toLowerCase(java.util.Locale.ROOT) + " by " + e.operator()
                    + (EventText.blank(e.reason()) ? "" : ": " + e.reason()));
        } else if (event instanceof RunFinished) {
            paused.set(false);
        }
    }

    public void pause(String operator, String reason) {
        handle.get().ifPresent(h -> h.pause(operator, reason));
    }

    public void resume(String operator, String reason) {
        handle.get().ifPresent(h -> h.resume(operator, reason));
    }

    public void abort(String operator, String reason) {
        handle.get().ifPresent(h -> h.abort(operator, reason));
    }

    /**
     * What an abort would do now, for the confirmation: which running steps are cancelled, and
     * which finished ones the rollback graph compensates (only steps that started are undone).
     */
    public String abortConsequences() {
        List<String> running = ids(NodeStatus.RUNNING);
        List<String> ran = nodes.get().entrySet().stream()
                .filter(e -> e.getKey().kind() == NodeKind.EXECUTION_STEP)
                .filter(e -> e.getValue().status() != NodeStatus.PENDING
                        && e.getValue().status() != NodeStatus.AWAITING_APPROVAL
                        && e.getValue().status() != NodeStatus.SKIPPED)
                .map(e -> e.getKey().id()).sorted().toList();
        StringBuilder text = new StringBuilder("Abort stops the run: no new step starts");
        text.append(running.isEmpty() ? ".\n" : "; running steps are cancelled and confirmed stopped: "
                + String.join(", ", running) + ".\n");
        text.append(ran.isEmpty() ? "No step has started, so nothing needs undoing; the run ends CANCELLED."
                : "Then the rollback graph undoes what ran, compensating only steps that started ("
                + String.join(", ", ran) + "). The run ends CANCELLED, or ROLLBACK_FAILED if undoing fails.");
        text.append("\nA rollback already in progress is not stopped.");
        return text.toString();
    }

    private List<String> ids(NodeStatus status) {
        return nodes.get().entrySet().stream()
                .filter(e -> e.getKey().kind() == NodeKind.step(GraphKind.EXECUTION))
                .filter(e -> e.getValue().status() == status).map(e -> e.getKey().id()).sorted().toList();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** True once an abort was recorded: the buttons stop offering one. */
    public ReadOnlyBooleanProperty abortingProperty() {
        return aborting.getReadOnlyProperty();
    }

    /** The latest intervention in words, e.g. "pause by alice: waiting for the DBA". */
    public ReadOnlyStringProperty interventionProperty() {
        return intervention.getReadOnlyProperty();
    }
}
