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
            rebuild(!java.util.Objects.equals(old, next));
        });
        mop.addListener((obs, old, next) -> rebuild(false));
        this.target = target.getValue();
        rebuild(true);
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

    /**
     * Commits the field being typed in, if its text changed: Save and closing call this first, or the
     * value on the screen would not be the one saved (a field commits when focus leaves it).
     */
    public void commitPending() {
        focusedControl().map(c -> c.getProperties().get(FormGrid.PENDING_COMMIT))
                .filter(Runnable.class::isInstance).ifPresent(commit -> ((Runnable) commit).run());
    }

    /** The control of this form that has the keyboard focus, if one has. */
    private Optional<Node> focusedControl() {
        if (root.getScene() == null || root.getScene().getFocusOwner() == null) {
            return Optional.empty();
        }
        Node owner = root.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /**
     * Builds the form again. An edit rebuilds it while the user is moving on to the next field (a field
     * commits when focus leaves it): that field gets the focus back, with its caret, and the form keeps
     * its scroll, or what is typed next would go nowhere. Another node's form (a renamed step's too)
     * starts at the top.
     */
    private void rebuild(boolean newTarget) {
        Optional<Node> focused = focusedControl().filter(n -> n.getId() != null);
        double scroll = root.getVvalue();
        Optional<FormContext> context = contexts.apply(target);
        if (context.isEmpty()) {
            Label waiting = new Label("The text does not read as a MOP: fix it in the YAML pane (see Problems).");
            waiting.setWrapText(true);
            root.setContent(waiting);
            return;
        }
        Node form = form(context.get()).map(FormGrid::node).orElseGet(() -> HeaderForm.build(context.get()).node());
        root.setContent(form);
        root.setVvalue(newTarget ? 0 : scroll);
        if (focused.isEmpty()) {
            return;
        }
        Node again = form.lookup("#" + focused.get().getId());
        if (again != null) {
            again.requestFocus();
            if (focused.get() instanceof javafx.scene.control.TextInputControl before
                    && again instanceof javafx.scene.control.TextInputControl after
                    && after.getText().equals(before.getText())) {
                after.selectRange(before.getAnchor(), before.getCaretPosition());
            }
        }
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
