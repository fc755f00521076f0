package io.mopstudio.ui.canvas;

import io.mopstudio.model.GraphKind;

/** What a node on the canvas stands for; a step id and a check name may coincide, so the kind is part of a node's key. */
public enum NodeKind {
    PRE_CHECK("pre-check", true),
    EXECUTION_STEP("execution", false),
    VALIDATION("validation", true),
    ROLLBACK_STEP("rollback", false);

    private final String slug;
    private final boolean check;

    NodeKind(String slug, boolean check) {
        this.slug = slug;
        this.check = check;
    }

    /** A short lowercase name, used in node ids such as {@code node-execution-reset_pool}. */
    public String slug() {
        return slug;
    }

    public boolean isCheck() {
        return check;
    }

    public static NodeKind step(GraphKind graph) {
        return graph == GraphKind.EXECUTION ? EXECUTION_STEP : ROLLBACK_STEP;
    }
}
