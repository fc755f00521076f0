package io.mopstudio.audit;

import java.time.Instant;

/** How a run ended, as read back from its run_finished event. */
record RunOutcome(Instant finishedAt, String finalState, long durationMillis) {
}
