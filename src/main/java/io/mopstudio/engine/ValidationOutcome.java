package io.mopstudio.engine;

import java.util.Optional;

/** Validation either held for the window, or gives the reason to roll back (or that the run was stopped). */
record ValidationOutcome(boolean held, String reason, Optional<String> stopped) {
}
