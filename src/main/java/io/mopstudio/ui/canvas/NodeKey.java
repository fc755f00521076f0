package io.mopstudio.ui.canvas;

import io.mopstudio.model.GraphKind;

/** Identifies a node across the canvas and the run: its kind and the step id or check node id. */
public record NodeKey(NodeKind kind, String id) {

    public static NodeKey step(GraphKind graph, String stepId) {
        return new NodeKey(NodeKind.step(graph), stepId);
    }

    public static NodeKey preCheck(String nodeId) {
        return new NodeKey(NodeKind.PRE_CHECK, nodeId);
    }

    public static NodeKey validation(String nodeId) {
        return new NodeKey(NodeKind.VALIDATION, nodeId);
    }

    /** A scene-graph id tests and stylesheets can select, e.g. {@code node-execution-reset_pool}. */
    public String cssId() {
        return "node-" + kind.slug() + "-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
