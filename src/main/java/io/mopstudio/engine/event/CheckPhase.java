package io.mopstudio.engine.event;

/**
 * Why a check was evaluated: as a pre-check, as a validation check sampled once before execution
 * (the baseline that "worse than before" compares against), or as a validation sample.
 */
public enum CheckPhase {
    PRE_CHECK, BASELINE, VALIDATION
}
