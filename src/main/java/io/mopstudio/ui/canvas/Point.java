package io.mopstudio.ui.canvas;

/** A position on the canvas, in unscaled pixels, y growing downwards. */
public record Point(double x, double y) {
}
