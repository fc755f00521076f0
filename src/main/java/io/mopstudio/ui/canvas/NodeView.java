package io.mopstudio.ui.canvas;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One node's box: id, action or check, and its live status and detail, coloured by a status style class. */
final class NodeView extends VBox {

    static final String STYLE = "graph-node";
    static final String KIND_CHECK = "node-kind-check";
    static final String KIND_STEP = "node-kind-step";
    private static final List<String> STATUS_CLASSES = Arrays.stream(NodeStatus.values())
            .map(NodeStatus::styleClass).toList();

    private final GraphNode node;
    private final Label status = label("node-status-text");
    private final Label detail = label("node-detail");
    private final Tooltip tooltip = new Tooltip();
    private final RunningPulse pulse = new RunningPulse(this);

    NodeView(GraphNode node, NodePlacement placement) {
        this.node = node;
        setId(node.key().cssId());
        getStyleClass().addAll(STYLE, node.key().kind().isCheck() ? KIND_CHECK : KIND_STEP);
        Label title = label("node-title");
        title.setText(node.title());
        Label subtitle = label("node-subtitle");
        subtitle.setText(node.subtitle());
        status.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(detail, Priority.ALWAYS);
        HBox footer = new HBox(6, status, detail);
        footer.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, subtitle, footer);
        relocate(placement.x(), placement.y());
        setMinSize(placement.width(), placement.height());
        setPrefSize(placement.width(), placement.height());
        setMaxSize(placement.width(), placement.height());
        Tooltip.install(this, tooltip);
    }

    void show(NodeState state) {
        getStyleClass().removeAll(STATUS_CLASSES);
        getStyleClass().add(state.status().styleClass());
        pulse.setActive(state.status() == NodeStatus.RUNNING);
        status.setText(state.status().label());
        detail.setText(state.detail());
        tooltip.setText(node.title() + "\n" + node.subtitle() + "\n" + state.status().label()
                + (state.detail().isEmpty() ? "" : "\n" + state.detail()));
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
