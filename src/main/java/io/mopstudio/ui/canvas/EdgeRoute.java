package io.mopstudio.ui.canvas;

import java.util.List;

/**
 * How an edge is drawn: a chain of cubic Bézier segments ({@code curve} holds 3n+1 points, the
 * first being the start) ending where the arrowhead begins, and the arrowhead's tip.
 */
public record EdgeRoute(GraphEdge edge, List<Point> curve, Point tip) {

    public EdgeRoute {
        curve = List.copyOf(curve);
        if (curve.size() < 4 || (curve.size() - 1) % 3 != 0) {
            throw new IllegalArgumentException("a cubic spline needs 3n+1 points, got " + curve.size());
        }
    }

    /** A straight edge, as a degenerate spline. */
    public static EdgeRoute straight(GraphEdge edge, Point from, Point to, double arrowLength) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.max(Math.hypot(dx, dy), 1e-6);
        Point base = new Point(to.x() - dx / length * arrowLength, to.y() - dy / length * arrowLength);
        return new EdgeRoute(edge, List.of(from, from, base, base), to);
    }
}
