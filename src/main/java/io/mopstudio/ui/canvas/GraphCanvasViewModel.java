package io.mopstudio.ui.canvas;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * One graph tab: which graph it shows, where its nodes are (the saved positions; graphviz places
 * only the nodes that have none), what is selected, the zoom, and each node's live state (shared
 * with the run, keyed by {@link NodeKey}). The canvas re-renders from this; nothing is kept only in
 * the scene graph.
 */
public final class GraphCanvasViewModel {

    /**
     * Fit must show a whole large graph: 500 nodes in chains of ten fit a window at about 12 %, but a
     * long one (300 steps in 40 ranks, tried by a newcomer) needed 5 %, and at 10 % it opened cut off
     * on the right. At 3 % a box is still a few pixels, drawn at least one pixel by the overview.
     */
    static final double MIN_ZOOM = 0.03;
    static final double MAX_ZOOM = 3.0;
    static final String PLACED = "saved positions";
    static final double GRID = 20;

    private final GraphLayouter layouter;
    private final UiDispatch dispatch;
    private final ObservableMap<NodeKey, NodeState> states;
    private final ReadOnlyObjectWrapper<MopGraph> graph = new ReadOnlyObjectWrapper<>(MopGraph.EMPTY);
    private final ReadOnlyObjectWrapper<Layout> positions = new ReadOnlyObjectWrapper<>(Layout.EMPTY);
    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(GraphLayout.EMPTY);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper layoutNote = new ReadOnlyStringWrapper("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(false);
    /** Nodes the validator has findings about: true for an error, false for warnings only. */
    private final ObjectProperty<Map<NodeKey, Boolean>> problemNodes = new SimpleObjectProperty<>(Map.of());
    /** Whether the minimap may show (it shows only while the graph does not fit the window). */
    private final BooleanProperty minimapWanted = new SimpleBooleanProperty(true);
    private final ObservableSet<NodeKey> selection = FXCollections.observableSet(new HashSet<>());
    private final ObjectProperty<GraphEdge> selectedEdge = new SimpleObjectProperty<>();
    /** Where positions graphviz chose for unplaced nodes go: by default kept here; the builder saves them. */
    private Consumer<List<NodePosition>> autoPlacer = placed -> {
        Layout next = positions.get();
        for (NodePosition p : placed) {
            next = next.with(p);
        }
        setPositions(next);
    };
    private String emptyText = "";
    /** Counts requests, so that a slow layout of an older graph never replaces a newer one. */
    private long generation;
    /** Once the user zooms, the canvas stops fitting itself to the window. */
    private boolean userZoomed;

    public GraphCanvasViewModel(GraphLayouter layouter, UiDispatch dispatch, ObservableMap<NodeKey, NodeState> states) {
        this.layouter = layouter;
        this.dispatch = dispatch;
        this.states = states;
    }

    /** Sends positions graphviz chose for nodes that had none to {@code placer} (which calls {@link #setPositions}). */
    public void setAutoPlacer(Consumer<List<NodePosition>> placer) {
        this.autoPlacer = placer;
    }

    /** Shows {@code next}, or {@code emptyText} when it has no nodes. */
    public void show(MopGraph next, String emptyText) {
        this.emptyText = emptyText;
        if (next.equals(graph.get()) && !next.isEmpty() && !layout.get().nodes().isEmpty()) {
            return;
        }
        graph.set(next);
        selection.retainAll(next.nodes().stream().map(GraphNode::key).toList());
        if (selectedEdge.get() != null && !next.edges().contains(selectedEdge.get())) {
            selectedEdge.set(null);
        }
        refresh();
    }

    /** The saved positions (top-left corners), as the document holds them. */
    public void setPositions(Layout next) {
        if (!next.equals(positions.get())) {
            positions.set(next);
            refresh();
        }
    }

    private void refresh() {
        MopGraph current = graph.get();
        if (current.isEmpty()) {
            ++generation;
            layout.set(GraphLayout.EMPTY);
            layoutNote.set("");
            placeholder.set(emptyText);
            return;
        }
        List<NodeKey> unplaced = PlacedLayout.unplaced(current, positions.get());
        if (unplaced.isEmpty()) {
            ++generation;
            layout.set(PlacedLayout.of(current, positions.get(), PLACED));
            placeholder.set("");
            return;
        }
        long request = ++generation;
        if (layout.get().nodes().isEmpty()) {
            placeholder.set("Laying out…");
        }
        laidOut(current, request, done -> {
            java.util.Set<NodeKey> toPlace = java.util.Set.copyOf(unplaced);
            List<Point> handPlaced = current.nodes().stream().map(GraphNode::key).filter(k -> !toPlace.contains(k))
                    .flatMap(k -> PlacedLayout.topLeft(positions.get(), k).stream()).toList();
            List<NodePosition> placed = ClearOfPlacedNodes.place(unplaced.stream()
                    .filter(k -> done.placement(k).isPresent())
                    .map(k -> PlacedLayout.position(k, topLeft(done.placement(k).get()))).toList(), handPlaced);
            placeholder.set("");
            if (placed.size() < unplaced.size()) {
                layout.set(PlacedLayout.of(current, positions.get(), PLACED));
            }
            autoPlacer.accept(placed);
        });
    }

    /** Lays the whole graph out again with graphviz and hands every node's new position to {@code apply}. */
    public void autoLayoutAll(Consumer<List<NodePosition>> apply) {
        MopGraph current = graph.get();
        if (current.isEmpty()) {
            return;
        }
        laidOut(current, ++generation, done -> apply.accept(current.nodes().stream().map(GraphNode::key)
                .filter(k -> done.placement(k).isPresent())
                .map(k -> PlacedLayout.position(k, topLeft(done.placement(k).get()))).toList()));
    }

    private void laidOut(MopGraph current, long request, Consumer<GraphLayout> then) {
        dispatch.onUi(layouter.layout(current)).whenComplete((result, error) -> {
            if (request != generation) {
                return;
            }
            GraphLayout done = error == null ? result
                    : RankLayout.layout(current, "layout failed: " + UiDispatch.unwrap(error).getMessage());
            layoutNote.set(done.fallbackReason().map(reason -> capitalized(done.method()) + ": " + reason)
                    .orElse(""));
            then.accept(done);
        });
    }

    private static Point topLeft(NodePlacement placement) {
        return new Point(placement.x(), placement.y());
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Selects one node; {@code additive} (Shift/Ctrl) toggles it in the selection instead. */
    public void select(NodeKey key, boolean additive) {
        selectedEdge.set(null);
        if (!additive) {
            selection.retainAll(Set.of(key));
            selection.add(key);
        } else if (!selection.remove(key)) {
            selection.add(key);
        }
    }

    /** The nodes whose boxes meet the rectangle (rubber band), in canvas coordinates. */
    public void selectWithin(double x0, double y0, double x1, double y1, boolean additive) {
        double left = Math.min(x0, x1);
        double top = Math.min(y0, y1);
        double right = Math.max(x0, x1);
        double bottom = Math.max(y0, y1);
        Set<NodeKey> inside = new HashSet<>();
        layout.get().nodes().forEach((key, p) -> {
            if (p.x() < right && p.x() + p.width() > left && p.y() < bottom && p.y() + p.height() > top) {
                inside.add(key);
            }
        });
        if (!additive) {
            selection.retainAll(inside);
        }
        selection.addAll(inside);
        selectedEdge.set(null);
    }

    public void selectEdge(GraphEdge edge) {
        selection.clear();
        selectedEdge.set(edge);
    }

    public void clearSelection() {
        selection.clear();
        selectedEdge.set(null);
    }

    public ObservableSet<NodeKey> selection() {
        return selection;
    }

    public ObjectProperty<GraphEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public Optional<GraphEdge> getSelectedEdge() {
        return Optional.ofNullable(selectedEdge.get());
    }

    public NodeState state(NodeKey key) {
        return Optional.ofNullable(states.get(key)).orElse(NodeState.PENDING);
    }

    public ObservableMap<NodeKey, NodeState> states() {
        return states;
    }

    /** Multiplies the zoom, kept between 3 % and 300 %. */
    public void zoomBy(double factor) {
        userZoomed = true;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    public void resetZoom() {
        userZoomed = true;
        zoom.set(1.0);
    }

    /** Zooms so the whole graph fits a viewport of this size (between 3 % and 100 %), and keeps fitting. */
    public void fit(double viewportWidth, double viewportHeight) {
        userZoomed = false;
        autoFit(viewportWidth, viewportHeight);
    }

    /** Fits the graph to the viewport unless the user has chosen a zoom. */
    public void autoFit(double viewportWidth, double viewportHeight) {
        GraphLayout current = layout.get();
        if (userZoomed || current.width() <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        double scale = Math.min(viewportWidth / current.width(), viewportHeight / current.height());
        zoom.set(Math.max(MIN_ZOOM, Math.min(1.0, scale)));
    }

    /** Where a node dragged to {@code at} lands: on the grid when snapping is on. */
    public Point snap(Point at) {
        if (!snapToGrid.get()) {
            return at;
        }
        return new Point(Math.round(at.x() / GRID) * GRID, Math.round(at.y() / GRID) * GRID);
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty minimapWantedProperty() {
        return minimapWanted;
    }

    /** Flags nodes with findings (true: an error, false: warnings only); the canvas marks them. */
    public void setProblemNodes(Map<NodeKey, Boolean> flagged) {
        problemNodes.set(Map.copyOf(flagged));
    }

    public ReadOnlyObjectProperty<Map<NodeKey, Boolean>> problemNodesProperty() {
        return problemNodes;
    }

    public ReadOnlyObjectProperty<MopGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Layout> positionsProperty() {
        return positions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GraphLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Text shown instead of the graph: nothing loaded, nothing to draw, or still laying out; empty otherwise. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Says so when the graph is not laid out by graphviz; empty otherwise. */
    public ReadOnlyStringProperty layoutNoteProperty() {
        return layoutNote.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
