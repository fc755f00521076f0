package io.mopstudio.ui.canvas;

/** Where a node's box goes: its top-left corner and size, in unscaled pixels. */
public record NodePlacement(double x, double y, double width, double height) {

    public Point leftMiddle() {
        return new Point(x, y + height / 2);
    }

    public Point rightMiddle() {
        return new Point(x + width, y + height / 2);
    }
}
