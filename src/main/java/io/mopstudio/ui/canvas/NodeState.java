package io.mopstudio.ui.canvas;

/** A node's status in the current run with one line of detail (a duration, an observed value, a reason). */
public record NodeState(NodeStatus status, String detail) {

    public static final NodeState PENDING = new NodeState(NodeStatus.PENDING, "");

    public NodeState {
        detail = detail == null ? "" : detail;
    }
}
