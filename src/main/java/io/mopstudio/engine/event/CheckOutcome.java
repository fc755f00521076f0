package io.mopstudio.engine.event;

/** A check's verdict. WARN is a failed pre-check that may not abort the run. */
public enum CheckOutcome {
    PASS, WARN, FAIL
}
