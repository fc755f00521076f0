package io.mopstudio.ui.canvas;

import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * Draws a {@link GraphLayout} onto a {@link GraphicsContext} in the layout's own (unscaled)
 * coordinates; the caller sets the transform. One image instead of a scene node per box and edge:
 * what both the minimap and the canvas's zoomed-out overview ({@link OverviewLayer}) need.
 */
final class GraphSketch {

    private GraphSketch() {
    }

    /** Every box meeting {@code shown}, filled with its colour, at least {@code minSize} each way. */
    static void boxes(GraphicsContext g, GraphLayout layout, Viewport shown, Function<NodeKey, Paint> fill,
            double minSize) {
        layout.nodes().forEach((key, p) -> {
            if (meets(shown, p.x(), p.y(), p.x() + p.width(), p.y() + p.height())) {
                g.setFill(fill.apply(key));
                g.fillRect(p.x(), p.y(), Math.max(minSize, p.width()), Math.max(minSize, p.height()));
            }
        });
    }

    /**
     * The splines of {@code routes} meeting {@code shown}, as one path stroked once: a single draw
     * call however many edges share the colour. No arrowheads (a pixel or less at overview zoom).
     */
    static void edges(GraphicsContext g, List<EdgeRoute> routes, Viewport shown, Paint stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.beginPath();
        for (EdgeRoute route : routes) {
            List<Point> c = route.curve();
            if (!meetsCurve(shown, c)) {
                continue;
            }
            g.moveTo(c.get(0).x(), c.get(0).y());
            for (int i = 1; i + 2 < c.size(); i += 3) {
                g.bezierCurveTo(c.get(i).x(), c.get(i).y(), c.get(i + 1).x(), c.get(i + 1).y(),
                        c.get(i + 2).x(), c.get(i + 2).y());
            }
            g.lineTo(route.tip().x(), route.tip().y());
        }
        g.stroke();
    }

    private static boolean meetsCurve(Viewport shown, List<Point> curve) {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Point p : curve) {
            left = Math.min(left, p.x());
            top = Math.min(top, p.y());
            right = Math.max(right, p.x());
            bottom = Math.max(bottom, p.y());
        }
        return meets(shown, left, top, right, bottom);
    }

    private static boolean meets(Viewport shown, double left, double top, double right, double bottom) {
        return left <= shown.x() + shown.width() && right >= shown.x() && top <= shown.y() + shown.height()
                && bottom >= shown.y();
    }
}
