package io.mopstudio.model;

/** What a step's failure does to the rest of the run. */
public enum OnFailure {
    /** Start no new steps, cancel running ones, end the run FAILED and escalate; nothing is rolled back. */
    ABORT,
    /** Start no new steps, cancel running ones, then run the rollback graph once. */
    ROLLBACK,
    /** The step is failed and its dependents skipped; everything else goes on. */
    CONTINUE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
