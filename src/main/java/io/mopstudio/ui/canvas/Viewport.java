package io.mopstudio.ui.canvas;

/** The part of the drawing a window shows: top-left corner and size, in unscaled canvas pixels. */
public record Viewport(double x, double y, double width, double height) {
}
