package io.mopstudio.ui.forms;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * The form beside the canvas: the selected node's (step, pre-check or validation check), or the MOP's
 * own fields when nothing is selected. Rebuilt from the model after every change, so it never shows
 * a value the text does not hold.
 */
public final class InspectorView {

    private final ScrollPane root = new ScrollPane();
    private final Function<NodeKey, Optional<FormContext>> contexts;
    private NodeKey target;

    /** {@code contexts} gives the form context for the current MOP, or empty while the text does not read as one. */
    public InspectorView(ObservableValue<NodeKey> target, ObservableValue<Mop> mop,
            Function<NodeKey, Optional<FormContext>> contexts) {
        this.contexts = contexts;
        root.setId("inspector");
        root.getStyleClass().add("inspector");
        root.setFitToWidth(true);
        target.addListener((obs, old, next) -> {
            this.target = next;
            rebuild();
        });
        mop.addListener((obs, old, next) -> rebuild());
        this.target = target.getValue();
        rebuild();
    }

    public Node node() {
        return root;
    }

    /**
     * Focuses the control of a field after a Problems click: a node's field ({@code on_failure},
     * {@code params.service}) or a control of the MOP's form by its id ({@code snapshot-0-observe}).
     */
    public void focusField(String field) {
        Node form = root.getContent();
        if (form == null) {
            return;
        }
        String id = field.startsWith("params.") ? "param-" + field.substring("params.".length()) : "field-" + field;
        Optional<Node> control = Stream.of(id, "param-" + field, field).map(i -> form.lookup("#" + i))
                .filter(java.util.Objects::nonNull).findFirst();
        control.ifPresent(c -> {
            c.requestFocus();
            reveal(c);
        });
    }

    /** Scrolls the form so that a control is in view (focus alone does not scroll a ScrollPane). */
    private void reveal(Node control) {
        Node content = root.getContent();
        root.layout();
        double hidden = content.getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
        if (hidden > 0) {
            double top = content.sceneToLocal(control.localToScene(control.getBoundsInLocal())).getMinY();
            root.setVvalue(Math.max(0, Math.min(1, (top - 30) / hidden)));
        }
    }

    private void rebuild() {
        Optional<FormContext> context = contexts.apply(target);
        if (context.isEmpty()) {
            Label waiting = new Label("The text does not read as a MOP: fix it in the YAML pane (see Problems).");
            waiting.setWrapText(true);
            root.setContent(waiting);
            return;
        }
        root.setContent(form(context.get()).map(FormGrid::node).orElseGet(() -> HeaderForm.build(context.get()).node()));
    }

    private Optional<FormGrid> form(FormContext context) {
        if (target == null) {
            return Optional.empty();
        }
        Mop mop = context.mop();
        return switch (target.kind()) {
            case EXECUTION_STEP, ROLLBACK_STEP -> {
                GraphKind graph = target.kind() == NodeKind.EXECUTION_STEP ? GraphKind.EXECUTION : GraphKind.ROLLBACK;
                yield mop.step(graph, target.id()).map(step -> StepForm.build(context, graph, step));
            }
            case PRE_CHECK -> mop.preChecks().stream().filter(p -> p.nodeId().equals(target.id())).findFirst()
                    .map(p -> CheckForm.build(context, target, p.check(), p.abortOnFail()));
            case VALIDATION -> mop.validation().stream().filter(c -> c.nodeId().equals(target.id())).findFirst()
                    .map(c -> CheckForm.build(context, target, c, true));
        };
    }
}
