package io.mopstudio.ui.canvas;

/**
 * An arrow between two nodes. {@code gate} marks the arrows the MOP does not write but the run
 * implies: pre-checks before the first steps, validation after the last ones; they are drawn dashed.
 */
public record GraphEdge(NodeKey from, NodeKey to, boolean gate) {
}
