package io.mopstudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The canvas zoomed out below {@link GraphCanvasView#OVERVIEW_ZOOM}: the graph drawn onto one
 * {@link Canvas} the size of the window (with {@link GraphSketch}, as the minimap draws it) while
 * the node and edge views stay in the scene but fully transparent. The software renderer then fills
 * one image per frame instead of 1,000+ boxes and curves, and the transparent views still take the
 * clicks. While a mouse button is down the real views are shown, so a drag looks as it always did.
 * Redrawn at most once per pulse, after its layout pass, when the view or the graph has changed.
 */
final class OverviewLayer {

    private static final Color EDGE = Color.web("#7b8794");
    private static final Color GATE = Color.web("#a3adb8");
    private static final Color RELEASED = Color.web("#2e7d32");
    private static final Color SELECTED = Color.web("#1e63c6");
    private static final double EDGE_WIDTH = 1.6;

    private final GraphCanvasViewModel model;
    private final ScrollPane scroll;
    private final Pane drawing;
    private final List<Node> views;
    private final Canvas canvas = new Canvas();
    private final Runnable afterLayout = this::redrawIfStale;
    private boolean stale = true;
    private boolean pressed;

    OverviewLayer(GraphCanvasViewModel model, ScrollPane scroll, Pane drawing, List<Node> views) {
        this.model = model;
        this.scroll = scroll;
        this.drawing = drawing;
        this.views = views;
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        canvas.sceneProperty().addListener((obs, old, scene) -> listen(old, scene));
    }

    Node node() {
        return canvas;
    }

    /** The view, the graph or a node's state changed: draw again before the next frame. */
    void invalidate() {
        stale = true;
        Platform.requestNextPulse();
    }

    /** A mouse button went down or up on the drawing. */
    void setPressed(boolean down) {
        pressed = down;
        invalidate();
    }

    private void listen(Scene old, Scene scene) {
        if (old != null) {
            old.removePostLayoutPulseListener(afterLayout);
        }
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
            invalidate();
        }
    }

    private void redrawIfStale() {
        if (!stale) {
            return;
        }
        stale = false;
        boolean on = !pressed && GraphCanvasView.overview(model.zoomProperty().get(),
                model.layoutProperty().get().nodes().size());
        views.forEach(v -> v.setOpacity(on ? 0 : 1));
        canvas.setVisible(on);
        if (on) {
            draw();
        }
    }

    private void draw() {
        Insets insets = scroll.getInsets();
        Point2D corner = canvas.getParent().sceneToLocal(scroll.localToScene(insets.getLeft(), insets.getTop()));
        canvas.relocate(corner.getX(), corner.getY());
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, width, height);
        double zoom = model.zoomProperty().get();
        Point2D origin = canvas.sceneToLocal(drawing.localToScene(0, 0));
        g.setTransform(zoom, 0, 0, zoom, origin.getX(), origin.getY());
        Viewport shown = new Viewport(-origin.getX() / zoom, -origin.getY() / zoom, width / zoom, height / zoom);
        GraphLayout layout = model.layoutProperty().get();
        List<EdgeRoute> plain = new ArrayList<>();
        List<EdgeRoute> gates = new ArrayList<>();
        List<EdgeRoute> released = new ArrayList<>();
        for (EdgeRoute route : layout.edges()) {
            GraphEdge edge = route.edge();
            if (EdgeHighlights.released(model.state(edge.from()).status(), model.state(edge.to()).status())) {
                released.add(route);
            } else {
                (edge.gate() ? gates : plain).add(route);
            }
        }
        // At least most of a pixel wide, so the wires still show at a few per cent.
        double wire = Math.max(EDGE_WIDTH, 0.8 / zoom);
        GraphSketch.edges(g, gates, shown, GATE, wire);
        GraphSketch.edges(g, plain, shown, EDGE, wire);
        GraphSketch.edges(g, released, shown, RELEASED, wire * 1.6);
        // At least a pixel each way, so that no node vanishes however far out.
        GraphSketch.boxes(g, layout, shown, key -> model.selection().contains(key) ? SELECTED
                : StatusColours.border(model.state(key).status()), 1 / zoom);
    }
}
