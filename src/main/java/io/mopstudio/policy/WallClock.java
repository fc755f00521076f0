package io.mopstudio.policy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/** Turns the local times a policy is written in into instants, across daylight-saving changes. */
final class WallClock {

    private WallClock() {
    }

    /**
     * The first instant at which the clocks on the wall show {@code local} or later. A time the
     * clocks skip (02:30 when they jump from 02:00 to 03:00) is the moment of the jump, so a window
     * opening then opens as soon as the day reaches it; a time shown twice (02:30 when they fall
     * back) is its first showing.
     */
    static Instant instantOf(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
