package io.mopstudio.ui.canvas;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * The border colour of each node status, for drawings that cannot take CSS (the overview canvas).
 * Kept equal to the {@code .node-<status> > .graph-node} rules in {@code mop-studio.css}.
 */
final class StatusColours {

    private static final Map<NodeStatus, Color> BORDER = Collections.unmodifiableMap(new EnumMap<>(Map.ofEntries(
            Map.entry(NodeStatus.PENDING, Color.web("#b0bac5")),
            Map.entry(NodeStatus.AWAITING_APPROVAL, Color.web("#e0a000")),
            Map.entry(NodeStatus.RUNNING, Color.web("#1e63c6")),
            Map.entry(NodeStatus.SUCCEEDED, Color.web("#2e7d32")),
            Map.entry(NodeStatus.PASSED, Color.web("#2e7d32")),
            Map.entry(NodeStatus.FAILED, Color.web("#c62828")),
            Map.entry(NodeStatus.TIMED_OUT, Color.web("#8e1b14")),
            Map.entry(NodeStatus.SKIPPED, Color.web("#9aa5b1")),
            Map.entry(NodeStatus.CANCELLED, Color.web("#ef6c00")),
            Map.entry(NodeStatus.ROLLED_BACK, Color.web("#5e35b1")),
            Map.entry(NodeStatus.WARNED, Color.web("#e0a000")))));

    private StatusColours() {
    }

    static Color border(NodeStatus status) {
        return BORDER.get(status);
    }
}
