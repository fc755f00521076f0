package io.mopstudio.model;

/** What a step's failure does to the rest of the run. */
public enum OnFailure {
    /** Start no new steps and end the run FAILED, escalating; nothing is rolled back. */
    ABORT,
    /** Start no new steps and run the rollback graph. */
    ROLLBACK;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
