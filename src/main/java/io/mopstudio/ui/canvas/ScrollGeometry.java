package io.mopstudio.ui.canvas;

/**
 * Between a scroll pane's positions (0 to 1 each way) and the part of the drawing it shows, for a
 * drawing of {@code drawingWidth} x {@code drawingHeight} canvas pixels shown at {@code zoom} in a
 * viewport of {@code viewWidth} x {@code viewHeight} screen pixels. The minimap reads it both ways.
 */
public record ScrollGeometry(double drawingWidth, double drawingHeight, double viewWidth, double viewHeight,
        double zoom) {

    /** True when the whole drawing is in view, so there is nothing to scroll to. */
    public boolean fits() {
        return drawingWidth * zoom <= viewWidth + 0.5 && drawingHeight * zoom <= viewHeight + 0.5;
    }

    public Viewport viewport(double hvalue, double vvalue) {
        return new Viewport(hvalue * excess(drawingWidth, viewWidth) / zoom,
                vvalue * excess(drawingHeight, viewHeight) / zoom,
                Math.min(viewWidth / zoom, drawingWidth), Math.min(viewHeight / zoom, drawingHeight));
    }

    /** The horizontal scroll position that puts canvas x {@code x} in the middle of the view, as far as it can. */
    public double hvalueCentredOn(double x) {
        return centred(x, drawingWidth, viewWidth);
    }

    public double vvalueCentredOn(double y) {
        return centred(y, drawingHeight, viewHeight);
    }

    private double centred(double at, double drawing, double view) {
        double excess = excess(drawing, view);
        return excess <= 0 ? 0 : Math.max(0, Math.min(1, (at * zoom - view / 2) / excess));
    }

    /** How far the scaled drawing sticks out of the view, in screen pixels: the scrolling range. */
    private double excess(double drawing, double view) {
        return Math.max(0, drawing * zoom - view);
    }
}
