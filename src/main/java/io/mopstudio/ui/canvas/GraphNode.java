package io.mopstudio.ui.canvas;

/** A node as drawn: its key, its title (step id or check node id) and what it does (action or check). */
public record GraphNode(NodeKey key, String title, String subtitle) {
}
