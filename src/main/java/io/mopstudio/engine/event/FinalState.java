package io.mopstudio.engine.event;

/** How a run ended, with the exit code the command line returns for it. */
public enum FinalState {
    RESOLVED(0),
    ABORTED(10),
    ROLLED_BACK(11),
    FAILED(12),
    ROLLBACK_FAILED(12),
    CANCELLED(13);

    private final int exitCode;

    FinalState(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
