package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mopstudio.model.GraphKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainLayoutParserTest {

    private static final NodeKey A = NodeKey.step(GraphKind.EXECUTION, "a");
    private static final NodeKey B = NodeKey.step(GraphKind.EXECUTION, "b");
    private static final MopGraph GRAPH = new MopGraph(
            List.of(new GraphNode(A, "a", "x"), new GraphNode(B, "b", "y")),
            List.of(new GraphEdge(A, B, false)));

    /** What dot -Tplain prints for a -> b, left to right, with 1 x 0.5 inch boxes. */
    private static final String PLAIN = """
            graph 1 3 0.5
            node n0 0.5 0.25 1 0.5 "" solid box black lightgrey
            node n1 2.5 0.25 1 0.5 "" solid box black lightgrey
            edge n0 n1 4 1 0.25 1.3 0.25 1.6 0.25 1.86 0.25 solid black
            stop
            """;

    @Test
    void convertsInchesWithYUpToPixelsWithYDown() {
        GraphLayout layout = PlainLayoutParser.parse(PLAIN, Map.of("n0", A, "n1", B), GRAPH, "test");
        double m = NodeSize.MARGIN;
        assertEquals(new NodePlacement(m, m, 72, 36), layout.nodes().get(A));
        assertEquals(new NodePlacement(144 + m, m, 72, 36), layout.nodes().get(B));
        assertEquals(216 + 2 * m, layout.width(), 1e-9);
        assertEquals(36 + 2 * m, layout.height(), 1e-9);
    }

    @Test
    void edgesEndWithAnArrowheadOfGraphvizLength() {
        GraphLayout layout = PlainLayoutParser.parse(PLAIN, Map.of("n0", A, "n1", B), GRAPH, "test");
        EdgeRoute route = layout.edges().get(0);
        assertEquals(4, route.curve().size());
        Point end = route.curve().get(3);
        assertEquals(end.x() + NodeSize.ARROW_LENGTH, route.tip().x(), 1e-9);
        assertEquals(end.y(), route.tip().y(), 1e-9);
    }

    @Test
    void aMissingNodeIsAFailureNotAHole() {
        String partial = PLAIN.lines().filter(l -> !l.startsWith("node n1")).reduce("", (a, b) -> a + b + "\n");
        assertThrows(IllegalStateException.class,
                () -> PlainLayoutParser.parse(partial, Map.of("n0", A, "n1", B), GRAPH, "test"));
    }
}
