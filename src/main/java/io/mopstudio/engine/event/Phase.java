package io.mopstudio.engine.event;

/** The stages a run goes through, in order; ROLLING_BACK only when something went wrong. */
public enum Phase {
    PRE_CHECKS, SNAPSHOTS, EXECUTING, VALIDATING, ROLLING_BACK
}
