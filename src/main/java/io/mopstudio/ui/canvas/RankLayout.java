package io.mopstudio.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layout used when graphviz cannot run: each node goes in the column of its longest chain of
 * predecessors (so a step sits right of everything it depends on), columns centred vertically,
 * edges straight. Plain, but it always works, even for a graph with a cycle the loader reported.
 */
public final class RankLayout {

    static final double COLUMN_GAP = 72;
    static final double ROW_GAP = 28;

    private RankLayout() {
    }

    public static GraphLayout layout(MopGraph graph, String reason) {
        Map<NodeKey, Integer> rank = ranks(graph);
        Map<Integer, List<NodeKey>> columns = new LinkedHashMap<>();
        graph.nodes().forEach(n -> columns.computeIfAbsent(rank.get(n.key()), r -> new ArrayList<>()).add(n.key()));
        int tallest = columns.values().stream().mapToInt(List::size).max().orElse(0);
        double contentHeight = tallest * NodeSize.HEIGHT + Math.max(tallest - 1, 0) * ROW_GAP;
        Map<NodeKey, NodePlacement> placements = new HashMap<>();
        int maxRank = 0;
        for (Map.Entry<Integer, List<NodeKey>> column : columns.entrySet()) {
            List<NodeKey> keys = column.getValue();
            double height = keys.size() * NodeSize.HEIGHT + (keys.size() - 1) * ROW_GAP;
            double top = NodeSize.MARGIN + (contentHeight - height) / 2;
            double x = NodeSize.MARGIN + column.getKey() * (NodeSize.WIDTH + COLUMN_GAP);
            for (int i = 0; i < keys.size(); i++) {
                placements.put(keys.get(i), new NodePlacement(x, top + i * (NodeSize.HEIGHT + ROW_GAP),
                        NodeSize.WIDTH, NodeSize.HEIGHT));
            }
            maxRank = Math.max(maxRank, column.getKey());
        }
        List<EdgeRoute> routes = graph.edges().stream()
                .filter(e -> placements.containsKey(e.from()) && placements.containsKey(e.to()))
                .map(e -> EdgeRoute.straight(e, placements.get(e.from()).rightMiddle(),
                        placements.get(e.to()).leftMiddle(), NodeSize.ARROW_LENGTH))
                .toList();
        double width = graph.isEmpty() ? 0
                : 2 * NodeSize.MARGIN + (maxRank + 1) * NodeSize.WIDTH + maxRank * COLUMN_GAP;
        double height = graph.isEmpty() ? 0 : 2 * NodeSize.MARGIN + contentHeight;
        return new GraphLayout(placements, routes, width, height, "simple rank layout", Optional.of(reason));
    }

    /** Longest-path ranks; relaxation stops after as many rounds as there are nodes, so a cycle cannot loop forever. */
    static Map<NodeKey, Integer> ranks(MopGraph graph) {
        Map<NodeKey, Integer> rank = new HashMap<>();
        graph.nodes().forEach(n -> rank.put(n.key(), 0));
        for (int round = 0; round < graph.nodes().size(); round++) {
            boolean changed = false;
            for (GraphEdge edge : graph.edges()) {
                Integer from = rank.get(edge.from());
                Integer to = rank.get(edge.to());
                if (from != null && to != null && to < from + 1) {
                    rank.put(edge.to(), from + 1);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return rank;
    }
}
