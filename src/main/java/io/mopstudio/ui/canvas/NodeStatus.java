package io.mopstudio.ui.canvas;

/** The live colour of a node; each maps to a style class such as {@code node-succeeded}. */
public enum NodeStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED, CANCELLED, ROLLED_BACK, PASSED, WARNED;

    public static final String STYLE_PREFIX = "node-";

    public String styleClass() {
        return STYLE_PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The word shown on the node, e.g. "rolled back". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
