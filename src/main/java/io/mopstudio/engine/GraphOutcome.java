package io.mopstudio.engine;

import java.util.List;
import java.util.Optional;

/**
 * How a graph's run ended: every step succeeded, or the first failure that stopped it (with the
 * step's on_failure), or the run was stopped from outside. {@code continued} are failures of
 * {@code on_failure: continue} steps, which did not stop it.
 */
record GraphOutcome(Optional<StepOutcome> failure, Optional<String> stopped, List<StepOutcome> continued) {

    boolean succeeded() {
        return failure.isEmpty() && stopped.isEmpty();
    }
}
