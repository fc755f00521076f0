package io.mopstudio.policy;

import static io.mopstudio.policy.Policies.BERLIN;
import static io.mopstudio.policy.Policies.EXAMPLE;
import static io.mopstudio.policy.Policies.berlin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.PlainMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeWindowCheckTest {

    private static ChangeDecision decide(ChangePolicy policy, Instant at) {
        ChangeDecision decision = new ChangeWindowCheck(Optional.of(policy), Clock.fixed(at, BERLIN)).decide();
        assertEquals(at, decision.at());
        PlainMessages.assertPlain(decision.sentence());
        return decision;
    }

    private static void assertPermittedBy(ChangeDecision decision, ChangeRuleKind kind, String rule) {
        assertTrue(decision.permitted(), decision::sentence);
        assertEquals(kind, decision.ruleKind());
        assertEquals(rule, decision.ruleName());
        assertEquals(Optional.of(decision.at()), decision.nextPermitted());
        assertEquals(Optional.of(Duration.ZERO), decision.waitUntilPermitted());
    }

    private static void assertDeniedBy(ChangeDecision decision, ChangeRuleKind kind, String rule) {
        assertFalse(decision.permitted(), decision::sentence);
        assertEquals(kind, decision.ruleKind());
        assertEquals(rule, decision.ruleName());
        assertEquals(Optional.empty(), decision.permittedUntil());
    }

    @Test
    void aWindowCrossingMidnightPermitsBeforeMidnightUntilItCloses() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-02T23:00"));
        assertPermittedBy(decision, ChangeRuleKind.MAINTENANCE_WINDOW, "weeknight");
        assertEquals(Optional.of(berlin("2026-03-03T02:00")), decision.permittedUntil());
        assertEquals(Optional.of(Duration.ofHours(3)), decision.permissionLeft());
        assertEquals("Permitted: inside maintenance window weeknight (mon-thu 22:00-02:00), for 3h more, until"
                + " 2026-03-03 02:00 CET (then outside maintenance windows).", decision.sentence());
    }

    @Test
    void aWindowCrossingMidnightStillPermitsTheMorningAfter() {
        // Thursday's window runs into Friday, a day the window does not open on.
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-06T01:30"));
        assertPermittedBy(decision, ChangeRuleKind.MAINTENANCE_WINDOW, "weeknight");
        assertEquals(Optional.of(berlin("2026-03-06T02:00")), decision.permittedUntil());
    }

    @Test
    void theMomentAWindowClosesIsOutsideIt() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-03T02:00"));
        assertDeniedBy(decision, ChangeRuleKind.OUTSIDE_WINDOWS, "outside maintenance windows");
        assertEquals(Optional.of(berlin("2026-03-03T22:00")), decision.nextPermitted());
        assertEquals("Denied: outside maintenance windows (weeknight, weekend); next permitted 2026-03-03 22:00 CET"
                + " (maintenance window weeknight).", decision.sentence());
    }

    @Test
    void theMomentAWindowOpensIsInsideIt() {
        assertPermittedBy(decide(EXAMPLE, berlin("2026-03-03T22:00")), ChangeRuleKind.MAINTENANCE_WINDOW,
                "weeknight");
    }

    @Test
    void aWholeDayWindowChainsIntoTheNextDaysWindow() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-07T12:00"));
        assertPermittedBy(decision, ChangeRuleKind.MAINTENANCE_WINDOW, "weekend");
        // Saturday's 24:00 is Sunday's 00:00: the permission lasts until the weekend is over.
        assertEquals(Optional.of(berlin("2026-03-09T00:00")), decision.permittedUntil());
        assertEquals(Optional.of(Duration.ofHours(36)), decision.permissionLeft());
    }

    @Test
    void businessHoursRefuseChangesOutsideAWindow() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-04T10:00"));
        assertDeniedBy(decision, ChangeRuleKind.BUSINESS_HOURS, "business hours");
        assertEquals(Optional.of(berlin("2026-03-04T22:00")), decision.nextPermitted());
        assertEquals(Optional.of(Duration.ofHours(12)), decision.waitUntilPermitted());
        assertEquals("Denied: business hours (mon-fri 09:00-18:00 Europe/Berlin) allow changes only inside a"
                + " maintenance window; next permitted 2026-03-04 22:00 CET (maintenance window weeknight).",
                decision.sentence());
    }

    @Test
    void aWindowInsideBusinessHoursPermits() {
        WeeklyWindow lunch = new WeeklyWindow("lunch", java.util.EnumSet.of(java.time.DayOfWeek.WEDNESDAY),
                TimeOfDay.of(12, 0), TimeOfDay.of(13, 0));
        ChangePolicy policy = new ChangePolicy(BERLIN, List.of(lunch), List.of(), Optional.of(Policies.BUSINESS_HOURS),
                OutsideWindows.ALLOW);
        assertPermittedBy(decide(policy, berlin("2026-03-04T12:30")), ChangeRuleKind.MAINTENANCE_WINDOW, "lunch");
        ChangeDecision after = decide(policy, berlin("2026-03-04T13:00"));
        assertDeniedBy(after, ChangeRuleKind.BUSINESS_HOURS, "business hours");
        assertEquals(Optional.of(berlin("2026-03-04T18:00")), after.nextPermitted());
    }

    @Test
    void theNextPermittedTimeSkipsAWeekendWithoutWindows() {
        ChangeDecision decision = decide(Policies.windowsOnly(Policies.WEEKNIGHT), berlin("2026-03-06T10:00"));
        assertDeniedBy(decision, ChangeRuleKind.OUTSIDE_WINDOWS, "outside maintenance windows");
        assertEquals(Optional.of(berlin("2026-03-09T22:00")), decision.nextPermitted());
    }

    @Test
    void theNextPermittedTimeOnFridayIsWhenTheWeekendOpens() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-03-06T18:30"));
        assertDeniedBy(decision, ChangeRuleKind.OUTSIDE_WINDOWS, "outside maintenance windows");
        assertEquals(Optional.of(berlin("2026-03-07T00:00")), decision.nextPermitted());
    }

    @Test
    void aFreezeOverridesAnOpenWindow() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-12-21T23:00"));
        assertDeniedBy(decision, ChangeRuleKind.FREEZE, "year-end freeze");
        assertTrue(decision.sentence().contains("year-end freeze (finance close) until 2027-01-04 00:00 CET"),
                decision::sentence);
        // The freeze ends on a Monday at midnight, outside every window: the next is that evening's.
        assertEquals(Optional.of(berlin("2027-01-04T22:00")), decision.nextPermitted());
        assertEquals("Denied: year-end freeze (finance close) until 2027-01-04 00:00 CET; next permitted"
                + " 2027-01-04 22:00 CET (maintenance window weeknight).", decision.sentence());
    }

    @Test
    void theNextPermittedTimeIsExactlyWhenAFreezeEndsInsideAWindow() {
        Freeze launch = new Freeze("launch", berlin("2026-03-05T00:00"), berlin("2026-03-07T12:34"),
                Optional.empty());
        ChangePolicy policy = new ChangePolicy(BERLIN, EXAMPLE.maintenanceWindows(), List.of(launch),
                EXAMPLE.businessHours(), OutsideWindows.DENY);
        ChangeDecision decision = decide(policy, berlin("2026-03-05T23:00"));
        assertDeniedBy(decision, ChangeRuleKind.FREEZE, "launch");
        assertEquals(Optional.of(berlin("2026-03-07T12:34")), decision.nextPermitted());
        assertEquals("Denied: launch until 2026-03-07 12:34 CET; next permitted 2026-03-07 12:34 CET"
                + " (maintenance window weekend).", decision.sentence());
        assertPermittedBy(decide(policy, berlin("2026-03-07T12:34")), ChangeRuleKind.MAINTENANCE_WINDOW, "weekend");
    }

    @Test
    void aFreezeStartingInsideAWindowEndsThePermission() {
        ChangeDecision decision = decide(EXAMPLE, berlin("2026-12-19T10:00"));
        assertPermittedBy(decision, ChangeRuleKind.MAINTENANCE_WINDOW, "weekend");
        assertEquals(Optional.of(berlin("2026-12-20T00:00")), decision.permittedUntil());
        assertTrue(decision.sentence().endsWith("until 2026-12-20 00:00 CET (then year-end freeze)."),
                decision::sentence);
        assertDeniedBy(decide(EXAMPLE, berlin("2026-12-20T00:00")), ChangeRuleKind.FREEZE, "year-end freeze");
    }

    @Test
    void withoutWindowsOnlyFreezesAndBusinessHoursRestrict() {
        ChangePolicy policy = new ChangePolicy(BERLIN, List.of(), List.of(Policies.YEAR_END),
                Optional.of(Policies.BUSINESS_HOURS), OutsideWindows.DENY);
        ChangeDecision evening = decide(policy, berlin("2026-12-18T20:00"));
        assertPermittedBy(evening, ChangeRuleKind.NO_RESTRICTION, "no restriction");
        // Friday evening: the weekend has no business hours, so the freeze is what ends it.
        assertEquals(Optional.of(berlin("2026-12-20T00:00")), evening.permittedUntil());
        assertEquals("Permitted: no rule restricts changes now, for 28h more, until 2026-12-20 00:00 CET"
                + " (then year-end freeze).", evening.sentence());
        assertDeniedBy(decide(policy, berlin("2026-12-18T17:59")), ChangeRuleKind.BUSINESS_HOURS, "business hours");
    }

    @Test
    void outsideWindowsAllowPermitsBetweenWindowsButNotInBusinessHours() {
        ChangePolicy policy = new ChangePolicy(BERLIN, EXAMPLE.maintenanceWindows(), List.of(),
                EXAMPLE.businessHours(), OutsideWindows.ALLOW);
        ChangeDecision morning = decide(policy, berlin("2026-03-03T03:00"));
        assertPermittedBy(morning, ChangeRuleKind.NO_RESTRICTION, "no restriction");
        assertEquals(Optional.of(berlin("2026-03-03T09:00")), morning.permittedUntil());
        assertDeniedBy(decide(policy, berlin("2026-03-03T09:00")), ChangeRuleKind.BUSINESS_HOURS, "business hours");
    }

    @Test
    void aPolicyThatRestrictsNothingPermitsWithNoEnd() {
        ChangePolicy policy = new ChangePolicy(BERLIN, List.of(), List.of(), Optional.empty(), OutsideWindows.DENY);
        ChangeDecision decision = decide(policy, berlin("2026-03-03T03:00"));
        assertPermittedBy(decision, ChangeRuleKind.NO_RESTRICTION, "no restriction");
        assertEquals(Optional.empty(), decision.permittedUntil());
        assertEquals("Permitted: no rule restricts changes now, with no end within the next 366 days.",
                decision.sentence());
    }

    @Test
    void noPermittedTimeWithinTheHorizonIsSaidPlainly() {
        Freeze longFreeze = new Freeze("migration", berlin("2026-01-01T00:00"), berlin("2028-01-01T00:00"),
                Optional.of("datacenter move"));
        ChangePolicy policy = new ChangePolicy(BERLIN, EXAMPLE.maintenanceWindows(), List.of(longFreeze),
                Optional.empty(), OutsideWindows.DENY);
        ChangeDecision decision = decide(policy, berlin("2026-03-03T22:30"));
        assertDeniedBy(decision, ChangeRuleKind.FREEZE, "migration");
        assertEquals(Optional.empty(), decision.nextPermitted());
        assertEquals(Optional.empty(), decision.waitUntilPermitted());
        assertEquals("Denied: migration (datacenter move) until 2028-01-01 00:00 CET; no permitted time within the"
                + " next 366 days.", decision.sentence());
    }

    @Test
    void aPermissionJustInsideTheHorizonIsFound() {
        Freeze almostAYear = new Freeze("long", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z").plus(ChangeWindowCheck.HORIZON), Optional.empty());
        ChangePolicy policy = new ChangePolicy(BERLIN, List.of(), List.of(almostAYear), Optional.empty(),
                OutsideWindows.DENY);
        ChangeDecision decision = decide(policy, Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z").plus(ChangeWindowCheck.HORIZON)),
                decision.nextPermitted());
    }

    @Test
    void whereWindowsOverlapTheFirstWrittenNamesThePermission() {
        WeeklyWindow allSaturday = new WeeklyWindow("saturday", java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY),
                TimeOfDay.MIDNIGHT, TimeOfDay.END_OF_DAY);
        ChangeDecision decision = decide(Policies.windowsOnly(allSaturday, Policies.WEEKEND),
                berlin("2026-03-07T12:00"));
        assertPermittedBy(decision, ChangeRuleKind.MAINTENANCE_WINDOW, "saturday");
        assertEquals(Optional.of(berlin("2026-03-09T00:00")), decision.permittedUntil());
    }

    @Test
    void anEnvironmentWithoutAChangePolicyAlwaysPermits() {
        Instant at = berlin("2026-12-24T12:00");
        ChangeDecision decision = new ChangeWindowCheck(Optional.empty(), Clock.fixed(at, BERLIN)).decide();
        assertPermittedBy(decision, ChangeRuleKind.NO_POLICY, "no change policy");
        assertEquals("Permitted: no change policy for this environment.", decision.sentence());
        assertEquals(Optional.empty(), decision.permittedUntil());
    }

    @Test
    void theDecisionIsForTheInjectedClocksInstant() {
        ChangeWindowCheck check = new ChangeWindowCheck(Optional.of(EXAMPLE),
                Clock.fixed(berlin("2026-03-04T10:00"), BERLIN));
        assertEquals(berlin("2026-03-04T10:00"), check.decide().at());
        assertFalse(check.decide().permitted());
        assertTrue(check.decideAt(berlin("2026-03-04T23:00")).permitted());
    }
}
