package io.mopstudio.model;

/**
 * A condition that must hold before anything acts. {@code abortOnFail} false makes a failure a
 * recorded warning rather than an abort.
 */
public record PreCheck(Check check, boolean abortOnFail) {

    public String nodeId() {
        return check.nodeId();
    }
}
