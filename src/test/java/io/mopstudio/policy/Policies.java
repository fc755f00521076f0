package io.mopstudio.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** The change policies the tests decide with, built by hand so that the checks do not lean on the reader. */
final class Policies {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static final WeeklyWindow WEEKNIGHT = new WeeklyWindow("weeknight",
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
            TimeOfDay.of(22, 0), TimeOfDay.of(2, 0));
    static final WeeklyWindow WEEKEND = new WeeklyWindow("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            TimeOfDay.MIDNIGHT, TimeOfDay.END_OF_DAY);
    static final WeeklyWindow BUSINESS_HOURS = new WeeklyWindow("business hours",
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), TimeOfDay.of(9, 0), TimeOfDay.of(18, 0));
    static final Freeze YEAR_END = new Freeze("year-end freeze", berlin("2026-12-20T00:00"),
            berlin("2027-01-04T00:00"), Optional.of("finance close"));

    /** The policy of the example in the brief: weeknights and weekends, a year-end freeze, business hours. */
    static final ChangePolicy EXAMPLE = new ChangePolicy(BERLIN, List.of(WEEKNIGHT, WEEKEND), List.of(YEAR_END),
            Optional.of(BUSINESS_HOURS), OutsideWindows.DENY);

    private Policies() {
    }

    /** An instant as a Berlin wall clock shows it; only for times the clocks show once. */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static ChangePolicy windowsOnly(WeeklyWindow... windows) {
        return new ChangePolicy(BERLIN, List.of(windows), List.of(), Optional.empty(), OutsideWindows.DENY);
    }
}
