package io.mopstudio.ui.canvas;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.GraphKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A canvas drawn from saved positions (the layout sidecar's top-left corners): boxes where the user
 * put them, edges as curves from an output port (right middle) to an input port (left middle).
 * Graphviz is only asked for nodes that have no position yet, or for a new layout on demand.
 */
public final class PlacedLayout {

    private PlacedLayout() {
    }

    /** The sidecar's name for a node's section: execution_graph, rollback_graph, pre_checks or validation. */
    public static String section(NodeKind kind) {
        return switch (kind) {
            case PRE_CHECK -> "pre_checks";
            case VALIDATION -> "validation";
            case EXECUTION_STEP -> GraphKind.EXECUTION.yamlKey();
            case ROLLBACK_STEP -> GraphKind.ROLLBACK.yamlKey();
        };
    }

    public static io.mopstudio.layout.NodeKey layoutKey(NodeKey key) {
        return new io.mopstudio.layout.NodeKey(section(key.kind()), key.id());
    }

    public static NodePosition position(NodeKey key, Point topLeft) {
        return new NodePosition(section(key.kind()), key.id(), topLeft.x(), topLeft.y());
    }

    public static Optional<Point> topLeft(Layout layout, NodeKey key) {
        return layout.position(layoutKey(key)).map(p -> new Point(p.x(), p.y()));
    }

    /** The graph's nodes that {@code layout} places nowhere. */
    public static List<NodeKey> unplaced(MopGraph graph, Layout layout) {
        return graph.nodes().stream().map(GraphNode::key).filter(k -> topLeft(layout, k).isEmpty()).toList();
    }

    /** Every node at its saved place; nodes without one are left out. */
    public static GraphLayout of(MopGraph graph, Layout layout, String method) {
        Map<NodeKey, NodePlacement> placements = new HashMap<>();
        double width = 0;
        double height = 0;
        for (GraphNode node : graph.nodes()) {
            Optional<Point> at = topLeft(layout, node.key());
            if (at.isPresent()) {
                NodePlacement placement = new NodePlacement(at.get().x(), at.get().y(), NodeSize.WIDTH, NodeSize.HEIGHT);
                placements.put(node.key(), placement);
                width = Math.max(width, placement.x() + placement.width());
                height = Math.max(height, placement.y() + placement.height());
            }
        }
        List<EdgeRoute> routes = new ArrayList<>();
        for (GraphEdge edge : graph.edges()) {
            NodePlacement from = placements.get(edge.from());
            NodePlacement to = placements.get(edge.to());
            if (from != null && to != null) {
                routes.add(curve(edge, from.rightMiddle(), to.leftMiddle()));
            }
        }
        return new GraphLayout(placements, routes, width + NodeSize.MARGIN, height + NodeSize.MARGIN, method,
                Optional.empty());
    }

    /** A horizontal S-curve between two ports, ending where the arrowhead starts. */
    static EdgeRoute curve(GraphEdge edge, Point from, Point to) {
        Point base = new Point(to.x() - NodeSize.ARROW_LENGTH, to.y());
        double pull = Math.max(40, Math.abs(base.x() - from.x()) / 2);
        return new EdgeRoute(edge, List.of(from, new Point(from.x() + pull, from.y()),
                new Point(base.x() - pull, base.y()), base), to);
    }
}
