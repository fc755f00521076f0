package io.mopstudio.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
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
    static final double WIDTH = 200;
    static final double HEIGHT = 140;
    /** Canvas drawing cannot take CSS; these match the node boxes' pending colours. */
    private static final Color STEP = Color.web("#b0bac5");
    private static final Color SELECTED = Color.web("#1e63c6");

    private final GraphCanvasViewModel model;
    private final ScrollPane scroll;
    private final Region drawing;
    private final Canvas boxes = new Canvas(WIDTH, HEIGHT);
    private final Rectangle viewport = new Rectangle();
    private final Pane root = new Pane(boxes, viewport);

    MinimapView(GraphCanvasViewModel model, ScrollPane scroll, Region drawing) {
        this.model = model;
        this.scroll = scroll;
        this.drawing = drawing;
        root.getStyleClass().add(STYLE);
        root.setId("minimap");
        root.setMinSize(WIDTH, HEIGHT);
        root.setPrefSize(WIDTH, HEIGHT);
        root.setMaxSize(WIDTH, HEIGHT);
        viewport.getStyleClass().add(VIEWPORT_STYLE);
        viewport.setMouseTransparent(true);
        // Clear of the scroll bars, which sit along the same corner.
        StackPane.setAlignment(root, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(root, new Insets(0, 22, 22, 0));
        InvalidationListener redraw = obs -> drawBoxes();
        model.layoutProperty().addListener(redraw);
        model.selection().addListener(redraw);
        drawing.widthProperty().addListener(redraw);
        drawing.heightProperty().addListener(redraw);
        InvalidationListener move = obs -> showViewport();
        scroll.hvalueProperty().addListener(move);
        scroll.vvalueProperty().addListener(move);
        scroll.viewportBoundsProperty().addListener(move);
        model.zoomProperty().addListener(move);
        root.addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreOn);
        root.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreOn);
        drawBoxes();
    }

    Node node() {
        return root;
    }

    /** The drawing's unscaled size: the graph, or more where the canvas stretches to fill the window. */
    private double drawingWidth() {
        return Math.max(model.layoutProperty().get().width(), drawing.getWidth());
    }

    private double drawingHeight() {
        return Math.max(model.layoutProperty().get().height(), drawing.getHeight());
    }

    private MinimapGeometry geometry() {
        return MinimapGeometry.fit(drawingWidth(), drawingHeight(), WIDTH, HEIGHT);
    }

    private ScrollGeometry scrolling() {
        Bounds view = scroll.getViewportBounds();
        return new ScrollGeometry(drawingWidth(), drawingHeight(), view.getWidth(), view.getHeight(),
                model.zoomProperty().get());
    }

    private void drawBoxes() {
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        MinimapGeometry map = geometry();
        model.layoutProperty().get().nodes().forEach((key, p) -> {
            Viewport box = map.toMap(p.x(), p.y(), p.width(), p.height());
            g.setFill(model.selection().contains(key) ? SELECTED : STEP);
            // At least a pixel each way, so that no node vanishes from the overview of a huge graph.
            g.fillRect(box.x(), box.y(), Math.max(1, box.width()), Math.max(1, box.height()));
        });
        showViewport();
    }

    private void showViewport() {
        ScrollGeometry scrolling = scrolling();
        root.setVisible(!model.layoutProperty().get().nodes().isEmpty() && !scrolling.fits());
        Viewport shown = scrolling.viewport(scroll.getHvalue(), scroll.getVvalue());
        Viewport onMap = geometry().toMap(shown.x(), shown.y(), shown.width(), shown.height());
        viewport.setX(onMap.x());
        viewport.setY(onMap.y());
        viewport.setWidth(onMap.width());
        viewport.setHeight(onMap.height());
    }

    private void centreOn(MouseEvent event) {
        Point at = geometry().toCanvas(event.getX(), event.getY());
        ScrollGeometry scrolling = scrolling();
        scroll.setHvalue(scrolling.hvalueCentredOn(at.x()));
        scroll.setVvalue(scrolling.vvalueCentredOn(at.y()));
        event.consume();
    }
}
