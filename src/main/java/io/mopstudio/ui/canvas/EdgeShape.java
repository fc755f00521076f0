package io.mopstudio.ui.canvas;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/** Draws an edge route: the spline, then an arrowhead from where it ends to the tip. */
final class EdgeShape {

    static final String STYLE = "graph-edge";
    static final String GATE = "graph-edge-gate";
    static final String ARROW = "graph-arrow";
    static final String HIT = "edge-hit";
    private static final double ARROW_HALF_WIDTH = 5;

    private EdgeShape() {
    }

    static Group of(EdgeRoute route) {
        List<Point> curve = route.curve();
        Path path = spline(curve);
        path.getStyleClass().add(STYLE);
        Polygon arrow = arrowhead(curve.get(curve.size() - 1), route.tip());
        arrow.getStyleClass().add(ARROW);
        Group group = new Group(path, arrow);
        if (route.edge().gate()) {
            group.getStyleClass().add(GATE);
        }
        return group;
    }

    /** A wide transparent copy of the spline, so that a thin edge is easy to click. */
    static Path hitPath(EdgeRoute route) {
        Path hit = spline(route.curve());
        hit.getStyleClass().add(HIT);
        return hit;
    }

    private static Path spline(List<Point> curve) {
        Path path = new Path();
        path.getElements().add(new MoveTo(curve.get(0).x(), curve.get(0).y()));
        for (int i = 1; i + 2 < curve.size(); i += 3) {
            Point c1 = curve.get(i);
            Point c2 = curve.get(i + 1);
            Point end = curve.get(i + 2);
            path.getElements().add(new CubicCurveTo(c1.x(), c1.y(), c2.x(), c2.y(), end.x(), end.y()));
        }
        return path;
    }

    private static Polygon arrowhead(Point base, Point tip) {
        double dx = tip.x() - base.x();
        double dy = tip.y() - base.y();
        double length = Math.max(Math.hypot(dx, dy), 1e-6);
        double nx = -dy / length * ARROW_HALF_WIDTH;
        double ny = dx / length * ARROW_HALF_WIDTH;
        return new Polygon(tip.x(), tip.y(), base.x() + nx, base.y() + ny, base.x() - nx, base.y() - ny);
    }
}
