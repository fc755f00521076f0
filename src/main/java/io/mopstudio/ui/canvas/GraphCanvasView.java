package io.mopstudio.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Draws a {@link GraphCanvasViewModel}: node boxes and arrows on a pane in a scroll pane,
 * Ctrl+wheel to zoom. Rebuilt from the view-model's layout; node colours follow its states.
 */
public final class GraphCanvasView {

    public static final String STYLE = "graph-canvas";
    static final String PLACEHOLDER = "graph-placeholder";
    private static final double WHEEL_ZOOM = 1.1;

    private final GraphCanvasViewModel model;
    private final Pane drawing = new Pane();
    private final StackPane root;
    private final Map<NodeKey, NodeView> nodeViews = new HashMap<>();
    private final EdgeHighlights edgeHighlights = new EdgeHighlights();

    public GraphCanvasView(GraphCanvasViewModel model) {
        this.model = model;
        drawing.getStyleClass().add("graph-drawing");
        drawing.scaleXProperty().bind(model.zoomProperty());
        drawing.scaleYProperty().bind(model.zoomProperty());
        // The group takes the scaled bounds, so the scroll pane scrolls over the zoomed drawing.
        ScrollPane scroll = new ScrollPane(new Group(drawing));
        scroll.getStyleClass().add(STYLE);
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, event -> {
            if (event.isControlDown() && event.getDeltaY() != 0) {
                model.zoomBy(event.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
                event.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add(PLACEHOLDER);
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.visibleProperty().bind(model.placeholderProperty().isNotEmpty());
        placeholder.setMouseTransparent(true);
        root = new StackPane(scroll, placeholder, zoomControls(scroll));
        model.layoutProperty().addListener((obs, old, layout) -> {
            render(layout);
            model.autoFit(scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight());
        });
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) ->
                model.autoFit(bounds.getWidth(), bounds.getHeight()));
        model.states().addListener((MapChangeListener<NodeKey, NodeState>) change -> {
            NodeView view = nodeViews.get(change.getKey());
            if (view != null) {
                view.show(model.state(change.getKey()));
            }
            edgeHighlights.update(change.getKey(), model.states());
        });
        render(model.layoutProperty().get());
    }

    public Node node() {
        return root;
    }

    private Node zoomControls(ScrollPane scroll) {
        Button out = zoomButton("−", "Zoom out (Ctrl+wheel)", () -> model.zoomBy(1 / WHEEL_ZOOM));
        Button in = zoomButton("+", "Zoom in (Ctrl+wheel)", () -> model.zoomBy(WHEEL_ZOOM));
        Button actual = zoomButton("1:1", "Actual size", model::resetZoom);
        Button fit = zoomButton("Fit", "Fit the graph to the window",
                () -> model.fit(scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight()));
        HBox controls = new HBox(2, out, in, actual, fit);
        controls.getStyleClass().add("zoom-controls");
        controls.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(controls, Pos.TOP_RIGHT);
        controls.visibleProperty().bind(model.placeholderProperty().isEmpty());
        return controls;
    }

    private static Button zoomButton(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("zoom-button");
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void render(GraphLayout layout) {
        drawing.getChildren().clear();
        nodeViews.values().forEach(NodeView::discard);
        nodeViews.clear();
        edgeHighlights.clear();
        drawing.setPrefSize(layout.width(), layout.height());
        layout.edges().forEach(route -> {
            Node shape = EdgeShape.of(route);
            edgeHighlights.add(route.edge(), shape);
            drawing.getChildren().add(shape);
        });
        edgeHighlights.updateAll(model.states());
        for (GraphNode node : model.graphProperty().get().nodes()) {
            layout.placement(node.key()).ifPresent(placement -> {
                NodeView view = new NodeView(node, placement);
                view.show(model.state(node.key()));
                nodeViews.put(node.key(), view);
                drawing.getChildren().add(view);
            });
        }
    }
}
