package io.mopstudio.policy;

import java.time.Instant;

/** One opening of a weekly window, as instants; {@code order} is the window's place in the policy. */
record Occurrence(WeeklyWindow window, int order, Instant start, Instant end) {

    boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
