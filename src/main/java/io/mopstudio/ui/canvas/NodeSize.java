package io.mopstudio.ui.canvas;

/** The box every node is drawn in, in pixels; graphviz is told the same size so that nothing overlaps. */
public final class NodeSize {

    public static final double WIDTH = 256;
    public static final double HEIGHT = 104;
    /** Space around the drawing inside the canvas. */
    public static final double MARGIN = 24;
    /** Graphviz's default arrowhead length, in points (= pixels at zoom 1). */
    public static final double ARROW_LENGTH = 10;

    private NodeSize() {
    }
}
