package io.mopstudio.engine.event;

/** How a run ended, with the exit code the command line returns for it. */
public enum FinalState {
    RESOLVED(0),
    ABORTED(10),
    ROLLED_BACK(11),
    FAILED(12),
    ROLLBACK_FAILED(12),
    CANCELLED(13),
    /** The process died mid-run; found and recorded at the next start. Outcome of in-flight steps unknown. */
    INTERRUPTED(14),
    /** A dry run: the plan was shown and nothing was executed. */
    PLANNED(0);

    private final int exitCode;

    FinalState(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
