package io.mopstudio.engine.event;

/** Where a step stands in a run. Only RUNNING and PENDING are not terminal. */
public enum StepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED, CANCELLED;

    public boolean isTerminal() {
        return this != PENDING && this != RUNNING;
    }
}
