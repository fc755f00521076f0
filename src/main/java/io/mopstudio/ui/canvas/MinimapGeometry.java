package io.mopstudio.ui.canvas;

/**
 * How the minimap shows a whole drawing in its box: one scale both ways (so boxes keep their shape),
 * the drawing centred; and back from a point in the box to the canvas point it stands for.
 */
public record MinimapGeometry(double scale, double offsetX, double offsetY) {

    public static MinimapGeometry fit(double drawingWidth, double drawingHeight, double mapWidth, double mapHeight) {
        if (drawingWidth <= 0 || drawingHeight <= 0) {
            return new MinimapGeometry(1, 0, 0);
        }
        double scale = Math.min(mapWidth / drawingWidth, mapHeight / drawingHeight);
        return new MinimapGeometry(scale, (mapWidth - drawingWidth * scale) / 2,
                (mapHeight - drawingHeight * scale) / 2);
    }

    /** A rectangle of the canvas (a node, the viewport) as drawn in the minimap. */
    public Viewport toMap(double x, double y, double width, double height) {
        return new Viewport(offsetX + x * scale, offsetY + y * scale, width * scale, height * scale);
    }

    /** The canvas point a click in the minimap stands for. */
    public Point toCanvas(double mapX, double mapY) {
        return new Point((mapX - offsetX) / scale, (mapY - offsetY) / scale);
    }
}
