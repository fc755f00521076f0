package io.mopstudio.ui.run;

import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import io.mopstudio.ui.canvas.NodeState;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The detail pane for the node the operator selected: a step's parameters, attempts and output; a
 * pre-check's observed against expected; a validation check's latest sample and time left. It
 * follows the run live while the node is selected.
 */
public final class StepDetailViewModel {

    static final String NOTHING = "Select a node in the graph to see its parameters, attempts and output.";

    private final RunViewModel run;
    private final ObjectProperty<Optional<NodeKey>> selected = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Step");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(NOTHING);

    public StepDetailViewModel(RunViewModel run) {
        this.run = run;
        InvalidationListener refresh = this::refresh;
        selected.addListener(refresh);
        run.nodes().addListener(refresh);
        run.steps().records().addListener(refresh);
        run.preChecks().rows().addListener(refresh);
    }

    public void select(NodeKey key) {
        selected.set(Optional.of(key));
    }

    private void refresh(Observable ignored) {
        Optional<NodeKey> key = selected.get();
        title.set(key.map(k -> k.kind().slug() + ": " + k.id()).orElse("Step"));
        text.set(key.map(this::describe).orElse(NOTHING));
    }

    private String describe(NodeKey key) {
        NodeState state = run.state(key);
        return switch (key.kind()) {
            case EXECUTION_STEP, ROLLBACK_STEP -> StepDetailText.of(
                    run.steps().get(key).orElseGet(() -> StepRecord.empty(key)), state);
            case PRE_CHECK -> run.preChecks().rows().stream().filter(r -> r.nodeId().equals(key.id())).findFirst()
                    .map(r -> key.id() + " (" + r.check() + ")\nOutcome: " + r.outcome() + "\nObserved: "
                            + r.observed() + "\nExpected: " + r.expected()
                            + (r.message().isEmpty() ? "" : "\n" + r.message())
                            + (r.overridable() ? "\n\nThis failure stopped the run; an operator may override it "
                            + "with a name and a reason and run again." : ""))
                    .orElse(key.id() + "\nNot evaluated yet.");
            case VALIDATION -> run.validation().find(key.id())
                    .map(t -> key.id() + "\n" + t.latestProperty().get() + "\n" + t.deadlineProperty().get()
                            + "\n" + t.samples().size() + " samples; see the Validation tab for the chart.")
                    .orElse(key.id());
        };
    }

    /** Which kind of node is selected, for the view to decide which tab to show. */
    public Optional<NodeKind> selectedKind() {
        return selected.get().map(NodeKey::kind);
    }

    public ObjectProperty<Optional<NodeKey>> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
