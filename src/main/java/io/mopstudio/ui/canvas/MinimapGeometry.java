package io.mopstudio.ui.canvas;

/**
 * How the minimap shows a whole drawing: one scale both ways (so boxes keep their shape) that fits
 * it in the largest box allowed, the map then being exactly the drawing's shape; and back from a
 * point in the map to the canvas point it stands for.
 */
public record MinimapGeometry(double scale, double width, double height) {

    public static MinimapGeometry fit(double drawingWidth, double drawingHeight, double maxWidth, double maxHeight) {
        if (drawingWidth <= 0 || drawingHeight <= 0) {
            return new MinimapGeometry(1, 0, 0);
        }
        double scale = Math.min(maxWidth / drawingWidth, maxHeight / drawingHeight);
        return new MinimapGeometry(scale, drawingWidth * scale, drawingHeight * scale);
    }

    /** A rectangle of the canvas (a node, the viewport) as drawn in the minimap. */
    public Viewport toMap(double x, double y, double width, double height) {
        return new Viewport(x * scale, y * scale, width * scale, height * scale);
    }

    /** The canvas point a click in the minimap stands for. */
    public Point toCanvas(double mapX, double mapY) {
        return new Point(mapX / scale, mapY / scale);
    }
}
