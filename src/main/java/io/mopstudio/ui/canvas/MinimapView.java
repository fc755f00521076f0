package io.mopstudio.ui.canvas;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * An overview of a graph too large for its window, in the canvas's bottom-right corner: every node
 * as a small box and the part the window shows as a rectangle; pressing or dragging in it centres
 * the window there. The boxes are drawn once per layout onto one {@link Canvas} (not a node per box,
 * so a 500-node graph costs one image); only the rectangle moves when the view pans or zooms.
 */
final class MinimapView {

    static final String STYLE = "minimap";
    static final String VIEWPORT_STYLE = "minimap-viewport";
    /** The largest the map gets; it takes the graph's shape within this. */
    static final double WIDTH = 200;
    static final double HEIGHT = 140;
    /** Canvas drawing cannot take CSS; these match the node boxes' pending colours. */
    private static final Color STEP = Color.web("#b0bac5");
    private static final Color SELECTED = Color.web("#1e63c6");

    private final GraphCanvasViewModel model;
    private final ScrollPane scroll;
    private final Supplier<ScrollGeometry> scrolling;
    private final Canvas boxes = new Canvas(WIDTH, HEIGHT);
    private final Rectangle viewport = new Rectangle();
    private final Pane root = new Pane(boxes, viewport);

    MinimapView(GraphCanvasViewModel model, ScrollPane scroll, Supplier<ScrollGeometry> scrolling) {
        this.model = model;
        this.scroll = scroll;
        this.scrolling = scrolling;
        root.getStyleClass().add(STYLE);
        root.setId("minimap");
        viewport.getStyleClass().add(VIEWPORT_STYLE);
        viewport.setMouseTransparent(true);
        // Clear of the scroll bars, which sit along the same corner.
        StackPane.setAlignment(root, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(root, new Insets(0, 22, 22, 0));
        InvalidationListener redraw = obs -> drawBoxes();
        model.layoutProperty().addListener(redraw);
        model.selection().addListener(redraw);
        InvalidationListener move = obs -> showViewport();
        scroll.hvalueProperty().addListener(move);
        scroll.vvalueProperty().addListener(move);
        scroll.viewportBoundsProperty().addListener(move);
        model.zoomProperty().addListener(move);
        model.minimapWantedProperty().addListener(move);
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreOn);
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreOn);
        drawBoxes();
    }

    Node node() {
        return root;
    }

    /**
     * The graph's own extent, not the stretched drawing's: that changes with every zoom step, and
     * redrawing 500 boxes per frame is what the minimap must not cost. The viewport is clipped to it.
     */
    private MinimapGeometry geometry() {
        GraphLayout layout = model.layoutProperty().get();
        return MinimapGeometry.fit(layout.width(), layout.height(), WIDTH, HEIGHT);
    }

    private void drawBoxes() {
        MinimapGeometry map = geometry();
        root.setMinSize(map.width(), map.height());
        root.setPrefSize(map.width(), map.height());
        root.setMaxSize(map.width(), map.height());
        boxes.setWidth(map.width());
        boxes.setHeight(map.height());
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, WIDTH, HEIGHT);
        g.setTransform(map.scale(), 0, 0, map.scale(), 0, 0);
        GraphLayout layout = model.layoutProperty().get();
        // At least a pixel each way, so that no node vanishes from the overview of a huge graph.
        GraphSketch.boxes(g, layout, new Viewport(0, 0, layout.width(), layout.height()),
                key -> model.selection().contains(key) ? SELECTED : STEP, 1 / map.scale());
        showViewport();
    }

    private void showViewport() {
        ScrollGeometry now = scrolling.get();
        root.setVisible(model.minimapWantedProperty().get() && !model.layoutProperty().get().nodes().isEmpty()
                && !now.fits());
        Viewport shown = now.viewport(scroll.getHvalue(), scroll.getVvalue());
        MinimapGeometry map = geometry();
        Viewport onMap = map.toMap(shown.x(), shown.y(), shown.width(), shown.height());
        // The window may show more than the graph (the drawing stretches to fill it): the map has only the graph.
        double left = Math.max(0, onMap.x());
        double top = Math.max(0, onMap.y());
        viewport.setX(left);
        viewport.setY(top);
        viewport.setWidth(Math.max(0, Math.min(map.width(), onMap.x() + onMap.width()) - left));
        viewport.setHeight(Math.max(0, Math.min(map.height(), onMap.y() + onMap.height()) - top));
    }

    private void centreOn(MouseEvent event) {
        Point at = geometry().toCanvas(event.getX(), event.getY());
        ScrollGeometry now = scrolling.get();
        scroll.setHvalue(now.hvalueCentredOn(at.x()));
        scroll.setVvalue(now.vvalueCentredOn(at.y()));
        event.consume();
    }
}
