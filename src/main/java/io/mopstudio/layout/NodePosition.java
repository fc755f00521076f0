package io.mopstudio.layout;

/** Where the canvas drew one node: {@code graph} is execution_graph, rollback_graph, pre_checks or validation. */
public record NodePosition(String graph, String id, double x, double y) {

    public NodeKey key() {
        return new NodeKey(graph, id);
    }
}
