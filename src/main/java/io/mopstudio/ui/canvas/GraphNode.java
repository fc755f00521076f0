package io.mopstudio.ui.canvas;

import java.util.List;

/**
 * A node as drawn: its key, its title (step id or check node id), what it does (action or check),
 * its key parameters ({@code name=value}) and badges for the settings that change how it runs
 * (on_failure, retries, timeout, compensates).
 */
public record GraphNode(NodeKey key, String title, String subtitle, List<String> details, List<String> badges) {

    public GraphNode {
        details = List.copyOf(details);
        badges = List.copyOf(badges);
    }

    public GraphNode(NodeKey key, String title, String subtitle) {
        this(key, title, subtitle, List.of(), List.of());
    }
}
