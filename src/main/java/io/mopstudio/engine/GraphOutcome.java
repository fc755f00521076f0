package io.mopstudio.engine;

import java.util.Optional;

/**
 * How a graph's run ended: every step succeeded, or the first failure that stopped it (with the
 * step's on_failure), or the run was stopped from outside.
 */
record GraphOutcome(Optional<StepOutcome> failure, Optional<String> stopped) {

    boolean succeeded() {
        return failure.isEmpty() && stopped.isEmpty();
    }
}
