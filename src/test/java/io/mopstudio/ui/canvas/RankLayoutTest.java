package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RankLayoutTest {

    @Test
    void eachNodeSitsRightOfEverythingBeforeIt() {
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
        GraphLayout layout = RankLayout.layout(graph, "graphviz unavailable");
        for (GraphEdge edge : graph.edges()) {
            assertTrue(layout.nodes().get(edge.from()).x() < layout.nodes().get(edge.to()).x(), edge.toString());
        }
        assertEquals(Optional.of("graphviz unavailable"), layout.fallbackReason());
        assertEquals(graph.edges().size(), layout.edges().size());
        assertEquals(5, layout.nodes().values().stream().mapToDouble(NodePlacement::x).distinct().count(),
                "pre-checks, three steps, validation");
    }

    @Test
    void aCycleDoesNotHang() {
        NodeKey a = NodeKey.step(GraphKind.EXECUTION, "a");
        NodeKey b = NodeKey.step(GraphKind.EXECUTION, "b");
        MopGraph cycle = new MopGraph(List.of(new GraphNode(a, "a", ""), new GraphNode(b, "b", "")),
                List.of(new GraphEdge(a, b, false), new GraphEdge(b, a, false)));
        Map<NodeKey, Integer> ranks = RankLayout.ranks(cycle);
        assertEquals(2, ranks.size());
        assertEquals(2, RankLayout.layout(cycle, "cycle").nodes().size());
    }
}
