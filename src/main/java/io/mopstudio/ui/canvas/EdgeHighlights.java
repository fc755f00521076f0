package io.mopstudio.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;

/**
 * Marks the arrows that released a step: once a node has started, the arrows into it from nodes
 * that finished well take the {@code graph-edge-released} class, so the operator sees which
 * dependency let it go.
 */
final class EdgeHighlights {

    static final String RELEASED = "graph-edge-released";

    private record Drawn(GraphEdge edge, Node shape) {
    }

    private final List<Drawn> drawn = new ArrayList<>();

    void clear() {
        drawn.clear();
    }

    void add(GraphEdge edge, Node shape) {
        drawn.add(new Drawn(edge, shape));
    }

    /** Re-evaluates every arrow into or out of {@code changed}. */
    void update(NodeKey changed, Map<NodeKey, NodeState> states) {
        for (Drawn d : drawn) {
            if (d.edge().to().equals(changed) || d.edge().from().equals(changed)) {
                show(d, states);
            }
        }
    }

    void updateAll(Map<NodeKey, NodeState> states) {
        drawn.forEach(d -> show(d, states));
    }

    private static void show(Drawn d, Map<NodeKey, NodeState> states) {
        d.shape().getStyleClass().remove(RELEASED);
        if (released(status(states, d.edge().from()), status(states, d.edge().to()))) {
            d.shape().getStyleClass().add(RELEASED);
        }
    }

    /** The target started and the source had finished well: this arrow let it go. */
    static boolean released(NodeStatus from, NodeStatus to) {
        boolean sourceDone = from == NodeStatus.SUCCEEDED || from == NodeStatus.PASSED || from == NodeStatus.WARNED
                || from == NodeStatus.ROLLED_BACK;
        boolean targetStarted = to.isStarted() && to != NodeStatus.SKIPPED && to != NodeStatus.CANCELLED;
        return sourceDone && targetStarted;
    }

    private static NodeStatus status(Map<NodeKey, NodeState> states, NodeKey key) {
        NodeState state = states.get(key);
        return state == null ? NodeStatus.PENDING : state.status();
    }
}
