package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.layout.NodePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClearOfPlacedNodesTest {

    @Test
    void aNewNodeOnAHandPlacedOneGoesBelowItAndTheNextBelowBoth() {
        List<Point> handPlaced = List.of(new Point(40, 40), new Point(400, 40));
        List<NodePosition> placed = ClearOfPlacedNodes.place(List.of(
                new NodePosition("pre_checks", "a", 50, 60),
                new NodePosition("pre_checks", "b", 50, 60),
                new NodePosition("pre_checks", "c", 900, 60)), handPlaced);

        double row = NodeSize.HEIGHT + 16;
        assertEquals(new NodePosition("pre_checks", "a", 50, 60 + row), placed.get(0), "below the step it covered");
        assertEquals(new NodePosition("pre_checks", "b", 50, 60 + 2 * row), placed.get(1), "and clear of a");
        assertEquals(new NodePosition("pre_checks", "c", 900, 60), placed.get(2), "where nothing is, it stays");
    }
}
