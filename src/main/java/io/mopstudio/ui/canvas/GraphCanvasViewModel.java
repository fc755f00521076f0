package io.mopstudio.ui.canvas;

import io.mopstudio.ui.fx.UiDispatch;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableMap;

/**
 * One graph tab: which graph it shows, where its nodes go once laid out, the zoom, and each node's
 * live state (shared with the run, keyed by {@link NodeKey}). The canvas re-renders from this;
 * nothing is kept only in the scene graph.
 */
public final class GraphCanvasViewModel {

    static final double MIN_ZOOM = 0.3;
    static final double MAX_ZOOM = 3.0;
    /** Fitting never shrinks below this; past it, scrolling reads better than squinting. */
    static final double MIN_FIT_ZOOM = 0.55;

    private final GraphLayouter layouter;
    private final UiDispatch dispatch;
    private final ObservableMap<NodeKey, NodeState> states;
    private final ReadOnlyObjectWrapper<MopGraph> graph = new ReadOnlyObjectWrapper<>(MopGraph.EMPTY);
    private final ReadOnlyObjectWrapper<GraphLayout> layout = new ReadOnlyObjectWrapper<>(GraphLayout.EMPTY);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper layoutNote = new ReadOnlyStringWrapper("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    /** Counts requests, so that a slow layout of an older graph never replaces a newer one. */
    private long generation;
    /** Once the user zooms, the canvas stops fitting itself to the window. */
    private boolean userZoomed;

    public GraphCanvasViewModel(GraphLayouter layouter, UiDispatch dispatch, ObservableMap<NodeKey, NodeState> states) {
        this.layouter = layouter;
        this.dispatch = dispatch;
        this.states = states;
    }

    /** Shows {@code next}, or {@code emptyText} when it has no nodes; lays it out again only if it changed. */
    public void show(MopGraph next, String emptyText) {
        if (next.equals(graph.get()) && !next.isEmpty()) {
            return;
        }
        long request = ++generation;
        graph.set(next);
        layout.set(GraphLayout.EMPTY);
        layoutNote.set("");
        if (next.isEmpty()) {
            placeholder.set(emptyText);
            return;
        }
        placeholder.set("Laying out…");
        dispatch.onUi(layouter.layout(next)).whenComplete((result, error) -> {
            if (request != generation) {
                return;
            }
            GraphLayout done = error == null ? result
                    : RankLayout.layout(next, "layout failed: " + UiDispatch.unwrap(error).getMessage());
            layout.set(done);
            layoutNote.set(done.fallbackReason().map(reason -> capitalized(done.method()) + ": " + reason)
                    .orElse(""));
            placeholder.set("");
        });
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public NodeState state(NodeKey key) {
        return Optional.ofNullable(states.get(key)).orElse(NodeState.PENDING);
    }

    public ObservableMap<NodeKey, NodeState> states() {
        return states;
    }

    /** Multiplies the zoom, kept between 30 % and 300 %. */
    public void zoomBy(double factor) {
        userZoomed = true;
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    public void resetZoom() {
        userZoomed = true;
        zoom.set(1.0);
    }

    /** Zooms so the whole graph fits a viewport of this size (never above 100 %), and keeps fitting. */
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
        zoom.set(Math.max(MIN_FIT_ZOOM, Math.min(1.0, scale)));
    }

    public ReadOnlyObjectProperty<MopGraph> graphProperty() {
        return graph.getReadOnlyProperty();
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
