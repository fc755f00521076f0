package io.mopstudio.ui.canvas;

/** The live colour of a node; each maps to a style class such as {@code node-succeeded}. */
public enum NodeStatus {
    PENDING, AWAITING_APPROVAL, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, SKIPPED, CANCELLED, ROLLED_BACK, PASSED,
    WARNED;

    public static final String STYLE_PREFIX = "node-";

    public String styleClass() {
        return STYLE_PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The word shown on the node, e.g. "rolled back". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** True once nothing more will happen to the node in this run (a finished step, a judged check). */
    public boolean isStarted() {
        return this != PENDING && this != AWAITING_APPROVAL;
    }
}
