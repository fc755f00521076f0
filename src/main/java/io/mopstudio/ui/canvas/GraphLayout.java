package io.mopstudio.ui.canvas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything on one canvas goes, and how that was decided: {@code method} names the layout
 * (e.g. "graphviz dot (V8)"); {@code fallbackReason} says why graphviz was not used, when it was not.
 */
public record GraphLayout(
        Map<NodeKey, NodePlacement> nodes,
        List<EdgeRoute> edges,
        double width,
        double height,
        String method,
        Optional<String> fallbackReason) {

    /** The layout of a graph with nothing in it. */
    public static final GraphLayout EMPTY = new GraphLayout(Map.of(), List.of(), 0, 0, "empty", Optional.empty());

    public GraphLayout {
        nodes = Map.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<NodePlacement> placement(NodeKey key) {
        return Optional.ofNullable(nodes.get(key));
    }
}
