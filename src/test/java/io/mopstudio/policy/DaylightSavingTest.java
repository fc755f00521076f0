package io.mopstudio.policy;

import static io.mopstudio.policy.Policies.BERLIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Europe/Berlin's clocks jump from 02:00 CET to 03:00 CEST at 01:00 UTC on 2026-03-29, and fall
 * back from 03:00 CEST to 02:00 CET at 01:00 UTC on 2026-10-25. Instants here are written in UTC,
 * because the wall clock alone cannot say which 02:30 of the autumn night is meant.
 */
class DaylightSavingTest {

    private static ChangeDecision decide(ChangePolicy policy, String utc) {
        return new ChangeWindowCheck(Optional.of(policy), java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC)).decideAt(Instant.parse(utc));
    }

    private static WeeklyWindow window(String name, DayOfWeek day, TimeOfDay from, TimeOfDay to) {
        return new WeeklyWindow(name, EnumSet.of(day), from, to);
    }

    @Test
    void aWindowClosingAtAnHourTheClocksSkipClosesWhenTheyJump() {
        ChangePolicy policy = Policies.windowsOnly(
                window("saturday night", DayOfWeek.SATURDAY, TimeOfDay.of(22, 0), TimeOfDay.of(2, 0)));
        ChangeDecision inside = decide(policy, "2026-03-29T00:30:00Z");
        assertTrue(inside.permitted(), inside::sentence);
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")), inside.permittedUntil());
        assertEquals(Optional.of(Duration.ofMinutes(30)), inside.permissionLeft());
        assertTrue(inside.sentence().contains("until 2026-03-29 03:00 CEST"), inside::sentence);

        ChangeDecision after = decide(policy, "2026-03-29T01:00:00Z");
        assertFalse(after.permitted());
        assertEquals(Optional.of(Instant.parse("2026-04-04T20:00:00Z")), after.nextPermitted());
        assertTrue(after.sentence().contains("next permitted 2026-04-04 22:00 CEST"), after::sentence);
    }

    @Test
    void aWindowAcrossTheSpringJumpIsAnHourShorter() {
        ChangePolicy policy = Policies.windowsOnly(
                window("early sunday", DayOfWeek.SUNDAY, TimeOfDay.of(1, 0), TimeOfDay.of(4, 0)));
        ChangeDecision opening = decide(policy, "2026-03-29T00:00:00Z");
        assertTrue(opening.permitted(), opening::sentence);
        assertEquals(Optional.of(Duration.ofHours(2)), opening.permissionLeft());
        ChangeDecision before = decide(policy, "2026-03-28T23:59:00Z");
        assertEquals(Optional.of(Instant.parse("2026-03-29T00:00:00Z")), before.nextPermitted());
    }

    @Test
    void aWindowLyingWhollyInTheSkippedHourDoesNotOpenThatDay() {
        ChangePolicy policy = Policies.windowsOnly(
                window("skipped", DayOfWeek.SUNDAY, TimeOfDay.of(2, 0), TimeOfDay.of(3, 0)));
        ChangeDecision decision = decide(policy, "2026-03-29T00:30:00Z");
        assertFalse(decision.permitted());
        // A week later it opens at 02:00 CEST, which is 00:00 UTC.
        assertEquals(Optional.of(Instant.parse("2026-04-05T00:00:00Z")), decision.nextPermitted());
        assertFalse(decide(policy, "2026-03-29T01:00:00Z").permitted());
    }

    @Test
    void aWindowAcrossTheAutumnFallBackIsAnHourLongerAndHoldsTheRepeatedHour() {
        ChangePolicy policy = Policies.windowsOnly(
                window("early sunday", DayOfWeek.SUNDAY, TimeOfDay.of(1, 0), TimeOfDay.of(4, 0)));
        ChangeDecision opening = decide(policy, "2026-10-24T23:00:00Z");
        assertTrue(opening.permitted(), opening::sentence);
        assertEquals(Optional.of(Duration.ofHours(4)), opening.permissionLeft());
        // 01:30 UTC is the second 02:30 of the night, on CET.
        ChangeDecision repeated = decide(policy, "2026-10-25T01:30:00Z");
        assertTrue(repeated.permitted(), repeated::sentence);
        assertEquals(Optional.of(Instant.parse("2026-10-25T03:00:00Z")), repeated.permittedUntil());
        assertTrue(repeated.sentence().contains("until 2026-10-25 04:00 CET"), repeated::sentence);
    }

    @Test
    void aWindowClosingInTheRepeatedHourClosesAtItsFirstShowing() {
        ChangePolicy policy = Policies.windowsOnly(
                window("saturday night", DayOfWeek.SATURDAY, TimeOfDay.of(22, 0), TimeOfDay.of(2, 30)));
        ChangeDecision inside = decide(policy, "2026-10-24T21:00:00Z");
        assertEquals(Optional.of(Instant.parse("2026-10-25T00:30:00Z")), inside.permittedUntil());
        assertTrue(inside.sentence().contains("until 2026-10-25 02:30 CEST"), inside::sentence);
        ChangeDecision secondShowing = decide(policy, "2026-10-25T01:15:00Z");
        assertFalse(secondShowing.permitted());
        assertEquals(Optional.of(Instant.parse("2026-10-31T21:00:00Z")), secondShowing.nextPermitted());
    }

    @Test
    void aFreezeEndingInTheSkippedHourEndsWhenTheClocksJump() {
        ChangePolicy policy = new ChangePolicy(BERLIN, java.util.List.of(), java.util.List.of(new Freeze("night",
                Instant.parse("2026-03-28T12:00:00Z"),
                WallClock.instantOf(java.time.LocalDateTime.parse("2026-03-29T02:30"), BERLIN), Optional.empty())),
                Optional.empty(), OutsideWindows.DENY);
        ChangeDecision decision = decide(policy, "2026-03-29T00:30:00Z");
        assertEquals(Optional.of(Instant.parse("2026-03-29T01:00:00Z")), decision.nextPermitted());
    }

    @Test
    void everyHourOfBothChangeDaysIsDecidedWithoutError() {
        ChangePolicy policy = Policies.EXAMPLE;
        for (String day : new String[] {"2026-03-28T18:00:00Z", "2026-10-24T18:00:00Z"}) {
            Instant start = Instant.parse(day);
            for (int quarter = 0; quarter < 4 * 14; quarter++) {
                ChangeDecision decision = new ChangeWindowCheck(Optional.of(policy), java.time.Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC))
                        .decideAt(start.plus(Duration.ofMinutes(15L * quarter)));
                assertTrue(decision.nextPermitted().isPresent(), decision::sentence);
                assertFalse(decision.nextPermitted().get().isBefore(decision.at()));
                decision.permittedUntil().ifPresent(until -> assertTrue(until.isAfter(decision.at())));
            }
        }
    }
}
