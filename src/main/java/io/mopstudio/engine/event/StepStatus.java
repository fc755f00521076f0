package io.mopstudio.engine.event;

/**
 * Where a step stands in a run. Only RUNNING and PENDING are not terminal. TIMED_OUT is a failure
 * whose work was stopped at the step's timeout.
 */
public enum StepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, SKIPPED, CANCELLED;

    /** FAILED or TIMED_OUT: what on_failure acts on. */
    public boolean isFailure() {
        return this == FAILED || this == TIMED_OUT;
    }

    public boolean isTerminal() {
        return this != PENDING && this != RUNNING;
    }
}
