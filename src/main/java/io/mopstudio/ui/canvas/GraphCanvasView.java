package io.mopstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;

/**
 * Draws a {@link GraphCanvasViewModel}: node boxes with ports and the arrows between them on a pane
 * in a scroll pane, Ctrl+wheel to zoom. Rebuilt from the view-model whenever its layout changes;
 * the gestures ({@link CanvasGestures}) only ever ask {@link CanvasActions} for changes.
 */
public final class GraphCanvasView {

    public static final String STYLE = "graph-canvas";
    static final String PLACEHOLDER = "graph-placeholder";
    static final String EDGE_SELECTED = "edge-selected";
    private static final double WHEEL_ZOOM = 1.1;
    /** Below this zoom node text is a few pixels high: a large graph is drawn as boxes ({@link OverviewLayer}). */
    static final double OVERVIEW_ZOOM = 0.4;
    /** Graphs up to this size get every node's text at once; larger ones only where the window looks. */
    static final int WHOLE_GRAPH_NODES = 120;

    /**
     * Whether the canvas shows its zoomed-out overview (no titles or ports, one drawing). Only a
     * large graph trades them for drawing speed; a small one keeps them at any zoom, so it can
     * still be read and wired when zoomed out to fit.
     */
    static boolean overview(double zoom, int nodes) {
        return zoom < OVERVIEW_ZOOM && nodes > WHOLE_GRAPH_NODES;
    }

    private final GraphCanvasViewModel model;
    private final Pane drawing = new Pane();
    private final Pane edges = new Pane();
    private final Pane nodes = new Pane();
    private final Pane overlay = new Pane();
    private final ScrollPane scroll;
    private final BorderPane root;
    private final Map<NodeKey, NodeView> nodeViews = new HashMap<>();
    private final Map<GraphEdge, Group> edgeViews = new HashMap<>();
    private final CanvasGestures gestures;
    private final EdgeHighlights edgeHighlights = new EdgeHighlights();
    private final NodeContentFiller filler = new NodeContentFiller();
    private final OverviewLayer overview;

    public GraphCanvasView(GraphCanvasViewModel model) {
        this(model, Optional.empty());
    }

    public GraphCanvasView(GraphCanvasViewModel model, Optional<CanvasActions> actions) {
        this.model = model;
        drawing.getStyleClass().add("graph-drawing");
        drawing.scaleXProperty().bind(model.zoomProperty());
        drawing.scaleYProperty().bind(model.zoomProperty());
        overlay.setMouseTransparent(true);
        edges.setPickOnBounds(false);
        nodes.setPickOnBounds(false);
        drawing.getChildren().addAll(edges, nodes, overlay);
        // The group takes the scaled bounds, so the scroll pane scrolls over the zoomed drawing.
        scroll = new ScrollPane(new Group(drawing));
        scroll.getStyleClass().add(STYLE);
        scroll.setPannable(false);
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
        gestures = new CanvasGestures(model, actions, this);
        MinimapView minimap = new MinimapView(model, scroll, this::scrolling);
        overview = new OverviewLayer(model, scroll, drawing, List.of(edges, nodes));
        // The controls have a bar of their own above the graph: floating over it, they covered the nodes
        // that a fitted graph puts in its top right corner.
        root = new BorderPane(new StackPane(scroll, overview.node(), placeholder, minimap.node()));
        root.setTop(zoomControls(actions));
        // Filters, so that the real views are back before a node's own handlers start a drag.
        drawing.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> overview.setPressed(true));
        drawing.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> overview.setPressed(false));
        // A change of a node's text alone (a parameter, on_failure, a timeout) leaves the layout equal,
        // so the layout's listener does not redraw: the changed boxes are made again where they stand.
        model.graphProperty().addListener((obs, old, graph) -> redrawChanged(graph));
        model.layoutProperty().addListener((obs, old, layout) -> {
            render(layout);
            model.autoFit(scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight());
        });
        scroll.viewportBoundsProperty().addListener((obs, old, bounds) -> {
            fillViewport();
            model.autoFit(bounds.getWidth(), bounds.getHeight());
            fillInView();
            overview.invalidate();
        });
        model.zoomProperty().addListener((obs, old, zoom) -> {
            fillViewport();
            fillInView();
            overview.invalidate();
        });
        scroll.hvalueProperty().addListener((obs, old, value) -> {
            fillInView();
            overview.invalidate();
        });
        scroll.vvalueProperty().addListener((obs, old, value) -> {
            fillInView();
            overview.invalidate();
        });
        model.states().addListener((MapChangeListener<NodeKey, NodeState>) change -> {
            NodeView view = nodeViews.get(change.getKey());
            if (view != null) {
                view.show(model.state(change.getKey()));
            }
            edgeHighlights.update(change.getKey(), model.states());
            overview.invalidate();
        });
        model.selection().addListener((SetChangeListener<NodeKey>) change -> {
            showSelection();
            overview.invalidate();
        });
        model.selectedEdgeProperty().addListener((obs, old, edge) -> showSelection());
        model.problemNodesProperty().addListener((obs, old, flagged) -> showProblems());
        gestures.install(drawing, scroll);
        render(model.layoutProperty().get());
    }

    public Node node() {
        return root;
    }

    /** The canvas point under a scene point, when it is over this canvas's visible area (a palette drop). */
    public Optional<Point> canvasPoint(double sceneX, double sceneY) {
        Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
        if (!root.isVisible() || root.getScene() == null || !viewport.contains(sceneX, sceneY)) {
            return Optional.empty();
        }
        Point2D local = drawing.sceneToLocal(sceneX, sceneY);
        return Optional.of(new Point(local.getX(), local.getY()));
    }

    Pane overlay() {
        return overlay;
    }

    Map<NodeKey, NodeView> nodeViews() {
        return nodeViews;
    }

    /** The drawing's unscaled size (the graph, or more where it stretches to fill the window) against the view. */
    ScrollGeometry scrolling() {
        Bounds view = scroll.getViewportBounds();
        GraphLayout layout = model.layoutProperty().get();
        return new ScrollGeometry(Math.max(layout.width(), drawing.getWidth()),
                Math.max(layout.height(), drawing.getHeight()), view.getWidth(), view.getHeight(),
                model.zoomProperty().get());
    }

    /**
     * Gives their text to the nodes in or next to the window, once the zoom is close enough to read
     * it; a small graph gets it all at once (see {@link NodeView#showContent()}).
     */
    private void fillInView() {
        if (nodeViews.size() <= WHOLE_GRAPH_NODES) {
            filler.fillNow(nodeViews.values());
            return;
        }
        if (model.zoomProperty().get() < OVERVIEW_ZOOM) {
            filler.clear();
            return;
        }
        Viewport shown = scrolling().viewport(scroll.getHvalue(), scroll.getVvalue());
        double left = shown.x() - NodeSize.WIDTH;
        double top = shown.y() - NodeSize.HEIGHT;
        double right = shown.x() + shown.width() + NodeSize.WIDTH;
        double bottom = shown.y() + shown.height() + NodeSize.HEIGHT;
        List<NodeView> missing = new ArrayList<>();
        model.layoutProperty().get().nodes().forEach((key, p) -> {
            NodeView view = nodeViews.get(key);
            if (view != null && !view.hasContent() && p.x() < right && p.x() + p.width() > left
                    && p.y() < bottom && p.y() + p.height() > top) {
                missing.add(view);
            }
        });
        filler.fillSoon(missing);
    }

    /**
     * The drawing fills the viewport, so the rubber band and drops work on empty space: one pixel
     * short of it. Scaled to exactly the viewport's size, rounding made it a hair larger, the scroll
     * bars appeared, the viewport shrank, the drawing followed, the bars went away and the viewport
     * grew again: the canvas jumped by a scroll bar's width on every pulse, for as long as it was shown.
     */
    private void fillViewport() {
        Bounds viewport = scroll.getViewportBounds();
        double zoom = model.zoomProperty().get();
        drawing.setMinSize(Math.max(0, viewport.getWidth() - 1) / zoom, Math.max(0, viewport.getHeight() - 1) / zoom);
    }

    /** As the − button, for the window's shortcut. */
    public void zoomOut() {
        model.zoomBy(1 / WHEEL_ZOOM);
    }

    /** As the + button, for the window's shortcut. */
    public void zoomIn() {
        model.zoomBy(WHEEL_ZOOM);
    }

    /** As the Fit button, for the window's shortcut. */
    public void fitToWindow() {
        model.fit(scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight());
    }

    private Node zoomControls(Optional<CanvasActions> actions) {
        Button out = zoomButton("−", "Zoom out (Ctrl+minus, Ctrl+wheel)", this::zoomOut);
        Button in = zoomButton("+", "Zoom in (Ctrl+plus, Ctrl+wheel)", this::zoomIn);
        Button actual = zoomButton("1:1", "Actual size", model::resetZoom);
        Button fit = zoomButton("Fit", "Fit the graph to the window (Ctrl+0)", this::fitToWindow);
        ToggleButton map = toggle("Map", "minimapButton", "Show the minimap when the graph does not fit (Ctrl+M)");
        map.selectedProperty().bindBidirectional(model.minimapWantedProperty());
        HBox controls = new HBox(2, out, in, actual, fit, map);
        actions.ifPresent(a -> {
            Button layout = zoomButton("Auto-layout", "Lay the graph out again, left to right (undoable)",
                    a::autoLayout);
            layout.setId("autoLayoutButton");
            controls.getChildren().add(0, layout);
            ToggleButton snap = toggle("Snap", "snapToGridButton", "Snap moved nodes to a "
                    + (int) GraphCanvasViewModel.GRID + " px grid (Ctrl+G)");
            snap.selectedProperty().bindBidirectional(model.snapToGridProperty());
            controls.getChildren().add(1, snap);
        });
        controls.getStyleClass().add("zoom-controls");
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.visibleProperty().bind(model.placeholderProperty().isEmpty());
        return controls;
    }

    private static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.getStyleClass().add("zoom-button");
        toggle.setTooltip(new Tooltip(tip));
        toggle.setFocusTraversable(false);
        return toggle;
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
        filler.clear();
        edges.getChildren().clear();
        nodes.getChildren().clear();
        nodeViews.values().forEach(NodeView::discard);
        nodeViews.clear();
        edgeHighlights.clear();
        edgeViews.clear();
        drawing.setPrefSize(layout.width(), layout.height());
        for (EdgeRoute route : layout.edges()) {
            Group edge = EdgeShape.of(route);
            // Out of the pane's layout, as the node views are: a curve's bounds do not change with the zoom.
            edge.setManaged(false);
            if (!route.edge().gate()) {
                Path hit = EdgeShape.hitPath(route);
                edge.getChildren().add(0, hit);
                gestures.edge(edge, route.edge());
            }
            edgeViews.put(route.edge(), edge);
            edgeHighlights.add(route.edge(), edge);
            edges.getChildren().add(edge);
        }
        edgeHighlights.updateAll(model.states());
        for (GraphNode node : model.graphProperty().get().nodes()) {
            layout.placement(node.key()).ifPresent(placement -> {
                nodes.getChildren().add(nodeView(node, placement));
            });
        }
        showSelection();
        showProblems();
        fillInView();
        overview.invalidate();
    }

    /** Makes again the box of every node whose text changed, in place; placing new nodes is the layout's. */
    private void redrawChanged(MopGraph graph) {
        GraphLayout layout = model.layoutProperty().get();
        for (GraphNode node : graph.nodes()) {
            NodeView shown = nodeViews.get(node.key());
            Optional<NodePlacement> placement = layout.placement(node.key());
            if (shown == null || shown.node().equals(node) || placement.isEmpty()) {
                continue;
            }
            NodeView view = nodeView(node, placement.get());
            view.setSelected(model.selection().contains(node.key()));
            view.setProblem(Optional.ofNullable(model.problemNodesProperty().get().get(node.key())));
            if (shown.hasContent()) {
                view.showContent();
            }
            shown.discard();
            nodes.getChildren().set(nodes.getChildren().indexOf(shown), view);
        }
        overview.invalidate();
    }

    private NodeView nodeView(GraphNode node, NodePlacement placement) {
        NodeView view = new NodeView(node, placement);
        view.show(model.state(node.key()));
        gestures.node(view);
        nodeViews.put(node.key(), view);
        return view;
    }

    private void showProblems() {
        Map<NodeKey, Boolean> flagged = model.problemNodesProperty().get();
        nodeViews.forEach((key, view) -> view.setProblem(Optional.ofNullable(flagged.get(key))));
    }

    private void showSelection() {
        nodeViews.forEach((key, view) -> view.setSelected(model.selection().contains(key)));
        edgeViews.forEach((edge, group) -> {
            group.getStyleClass().remove(EDGE_SELECTED);
            if (edge.equals(model.selectedEdgeProperty().get())) {
                group.getStyleClass().add(EDGE_SELECTED);
            }
        });
    }
}
