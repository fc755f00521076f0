package io.mopstudio.ui.canvas;

import io.mopstudio.layout.NodePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * Where nodes without a saved position go when others have one: the automatic layout places them as
 * if the whole graph were its own, so a pre-check added from the form landed on a step the user had
 * put there by hand. Each goes down, a node's height at a time, until it covers nothing.
 */
final class ClearOfPlacedNodes {

    private static final double GAP = 16;
    private static final int MOST_STEPS = 500;

    private ClearOfPlacedNodes() {
    }

    /**
     * {@code wanted} moved clear of {@code occupied} (top-left corners of nodes) and of each other;
     * as they are when nothing is placed yet.
     */
    static List<NodePosition> place(List<NodePosition> wanted, List<Point> occupied) {
        if (occupied.isEmpty()) {
            // All laid out together (a file opened without positions): the layout keeps them apart, and a
            // 500-node first paint need not compare every node with every other.
            return wanted;
        }
        List<Point> taken = new ArrayList<>(occupied);
        List<NodePosition> out = new ArrayList<>();
        for (NodePosition position : wanted) {
            double y = position.y();
            for (int step = 0; step < MOST_STEPS && covers(position.x(), y, taken); step++) {
                y += NodeSize.HEIGHT + GAP;
            }
            taken.add(new Point(position.x(), y));
            out.add(new NodePosition(position.graph(), position.id(), position.x(), y));
        }
        return out;
    }

    private static boolean covers(double x, double y, List<Point> taken) {
        return taken.stream().anyMatch(p -> Math.abs(p.x() - x) < NodeSize.WIDTH + GAP
                && Math.abs(p.y() - y) < NodeSize.HEIGHT + GAP);
    }
}
