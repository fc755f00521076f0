package io.mopstudio.ui.canvas;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

/**
 * One node's box: id, action or check, key parameters, badges, its live status, and an input port
 * (left) and output port (right) for drawing dependencies. Coloured by status and selection style classes.
 * The box and ports exist at once; the text inside is made by {@link #showContent()} when the canvas
 * first shows the node up close, because a dozen labels per node are what makes a 500-node graph slow
 * to open (their CSS and layout), while zoomed out to see it all they could not be read anyway.
 */
final class NodeView extends StackPane {

    static final String STYLE = "graph-node";
    static final String KIND_CHECK = "node-kind-check";
    static final String KIND_STEP = "node-kind-step";
    static final String SELECTED = "node-selected";
    static final String HAS_ERROR = "node-has-error";
    static final String HAS_WARNING = "node-has-warning";
    static final String PORT = "node-port";
    static final double PORT_RADIUS = 6;
    private static final List<String> STATUS_CLASSES = Arrays.stream(NodeStatus.values())
            .map(NodeStatus::styleClass).toList();

    private final GraphNode node;
    private final VBox box = new VBox(1);
    private final Label status = label("node-status-text");
    private final Label detail = label("node-detail");
    private final Tooltip tooltip = new Tooltip();
    private NodeState state = NodeState.PENDING;
    private boolean hasContent;
    private final Circle input = port("node-port-in");
    private final Circle output = port("node-port-out");
    private final RunningPulse pulse = new RunningPulse(this);

    NodeView(GraphNode node, NodePlacement placement) {
        this.node = node;
        setId(node.key().cssId());
        box.getStyleClass().addAll(STYLE, node.key().kind().isCheck() ? KIND_CHECK : KIND_STEP);
        box.setMinSize(placement.width(), placement.height());
        box.setPrefSize(placement.width(), placement.height());
        box.setMaxSize(placement.width(), placement.height());
        StackPane.setAlignment(input, Pos.CENTER_LEFT);
        StackPane.setAlignment(output, Pos.CENTER_RIGHT);
        input.setTranslateX(-PORT_RADIUS);
        output.setTranslateX(PORT_RADIUS);
        boolean step = !node.key().kind().isCheck();
        input.setVisible(step);
        output.setVisible(step);
        getChildren().addAll(box, input, output);
        setPickOnBounds(false);
        // Sized once, here, and left out of the canvas pane's layout: a managed view was measured and
        // resized again, with all 500 of its kind, each time the zoom changed (most of a frame).
        setManaged(false);
        resize(placement.width(), placement.height());
        relocate(placement.x(), placement.y());
    }

    /** Fills the box with its text, once. */
    void showContent() {
        if (hasContent) {
            return;
        }
        hasContent = true;
        Label title = label("node-title");
        title.setText(node.title());
        Label subtitle = label("node-subtitle");
        subtitle.setText(node.subtitle());
        box.getChildren().addAll(title, subtitle);
        for (String line : node.details()) {
            Label param = label("node-param");
            param.setText(line);
            box.getChildren().add(param);
        }
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        // The badges share the status pill's row: on a row of their own under two parameters they pushed
        // the pill out of the box. A badge too long for the row is shortened; the tooltip has it whole.
        HBox badges = new HBox(3);
        badges.getStyleClass().add("node-badges");
        badges.setMinWidth(0);
        badges.setAlignment(Pos.CENTER_LEFT);
        node.badges().forEach(text -> {
            Label badge = label("node-badge");
            badge.setText(text);
            badges.getChildren().add(badge);
        });
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox footer = new HBox(6, status, badges, detail);
        footer.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(grow, footer);
        Tooltip.install(box, tooltip);
        showText();
    }

    boolean hasContent() {
        return hasContent;
    }

    GraphNode node() {
        return node;
    }

    Circle output() {
        return output;
    }

    Circle input() {
        return input;
    }

    VBox box() {
        return box;
    }

    void setSelected(boolean selected) {
        box.getStyleClass().remove(SELECTED);
        if (selected) {
            box.getStyleClass().add(SELECTED);
        }
    }

    /** Marks the box when the validator has findings about this node: an error, else warnings, else none. */
    void setProblem(Optional<Boolean> error) {
        box.getStyleClass().removeAll(HAS_ERROR, HAS_WARNING);
        error.ifPresent(e -> box.getStyleClass().add(e ? HAS_ERROR : HAS_WARNING));
    }

    void show(NodeState state) {
        // On the node itself (which carries the id), so a test or stylesheet finds both together.
        getStyleClass().removeAll(STATUS_CLASSES);
        getStyleClass().add(state.status().styleClass());
        pulse.setActive(state.status() == NodeStatus.RUNNING);
        this.state = state;
        if (hasContent) {
            showText();
        }
    }

    private void showText() {
        status.setText(state.status().label());
        detail.setText(state.detail());
        tooltip.setText(node.title() + "\n" + node.subtitle() + "\n" + String.join("\n", node.details())
                + (node.badges().isEmpty() ? "" : "\n" + String.join(" · ", node.badges()))
                + "\n" + state.status().label() + (state.detail().isEmpty() ? "" : "\n" + state.detail()));
    }

    private static Circle port(String styleClass) {
        Circle circle = new Circle(PORT_RADIUS);
        circle.getStyleClass().addAll(PORT, styleClass);
        circle.setManaged(true);
        return circle;
    }

    /** Stops the pulse of a node the canvas no longer draws, so its timer does not outlive it. */
    void discard() {
        pulse.setActive(false);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }
}
