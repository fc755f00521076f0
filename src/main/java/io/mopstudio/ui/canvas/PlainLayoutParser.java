package io.mopstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads graphviz's {@code plain} output (inches, y growing upwards, node centres, spline control
 * points that stop where the arrowhead starts) into canvas pixels (y downwards, top-left corners).
 * Node names are the short ids the layout gave graphviz, so no label ever needs unquoting.
 */
final class PlainLayoutParser {

    private static final double POINTS_PER_INCH = 72;

    private PlainLayoutParser() {
    }

    static GraphLayout parse(String plain, Map<String, NodeKey> names, MopGraph graph, String method) {
        Map<List<NodeKey>, GraphEdge> edgesByEnds = new HashMap<>();
        graph.edges().forEach(e -> edgesByEnds.putIfAbsent(List.of(e.from(), e.to()), e));
        double graphHeight = 0;
        double graphWidth = 0;
        Map<NodeKey, NodePlacement> nodes = new HashMap<>();
        List<EdgeRoute> edges = new ArrayList<>();
        for (String line : plain.lines().toList()) {
            String[] t = line.trim().split("\\s+");
            switch (t[0]) {
                case "graph" -> {
                    graphWidth = inches(t[2]);
                    graphHeight = inches(t[3]);
                }
                case "node" -> {
                    NodeKey key = known(names, t[1]);
                    double width = inches(t[4]);
                    double height = inches(t[5]);
                    double cx = inches(t[2]) + NodeSize.MARGIN;
                    double cy = graphHeight - inches(t[3]) + NodeSize.MARGIN;
                    nodes.put(key, new NodePlacement(cx - width / 2, cy - height / 2, width, height));
                }
                case "edge" -> {
                    GraphEdge edge = edgesByEnds.get(List.of(known(names, t[1]), known(names, t[2])));
                    if (edge != null) {
                        edges.add(route(edge, t, graphHeight));
                    }
                }
                default -> {
                    // "stop" ends the output; nothing else is part of the plain format.
                }
            }
        }
        if (nodes.size() != graph.nodes().size()) {
            throw new IllegalStateException("graphviz placed " + nodes.size() + " of " + graph.nodes().size()
                    + " nodes");
        }
        return new GraphLayout(nodes, edges, graphWidth + 2 * NodeSize.MARGIN, graphHeight + 2 * NodeSize.MARGIN,
                method, Optional.empty());
    }

    private static EdgeRoute route(GraphEdge edge, String[] t, double graphHeight) {
        int count = Integer.parseInt(t[3]);
        List<Point> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            points.add(new Point(inches(t[4 + 2 * i]) + NodeSize.MARGIN,
                    graphHeight - inches(t[5 + 2 * i]) + NodeSize.MARGIN));
        }
        List<Point> curve = (count - 1) % 3 == 0 && count >= 4 ? points : asCubic(points);
        Point last = curve.get(curve.size() - 1);
        Point before = curve.get(curve.size() - 2);
        double dx = last.x() - before.x();
        double dy = last.y() - before.y();
        double length = Math.hypot(dx, dy);
        Point tip = length < 1e-6 ? last
                : new Point(last.x() + dx / length * NodeSize.ARROW_LENGTH, last.y() + dy / length * NodeSize.ARROW_LENGTH);
        return new EdgeRoute(edge, curve, tip);
    }

    /** A polyline (from splines=polyline or line) as cubic segments with their control points on the line. */
    private static List<Point> asCubic(List<Point> polyline) {
        List<Point> out = new ArrayList<>();
        out.add(polyline.get(0));
        for (int i = 1; i < polyline.size(); i++) {
            out.add(polyline.get(i - 1));
            out.add(polyline.get(i));
            out.add(polyline.get(i));
        }
        if (out.size() == 1) {
            out.addAll(List.of(out.get(0), out.get(0), out.get(0)));
        }
        return out;
    }

    private static NodeKey known(Map<String, NodeKey> names, String name) {
        NodeKey key = names.get(name);
        if (key == null) {
            throw new IllegalStateException("graphviz returned a node it was not given: " + name);
        }
        return key;
    }

    private static double inches(String value) {
        return Double.parseDouble(value) * POINTS_PER_INCH;
    }
}
