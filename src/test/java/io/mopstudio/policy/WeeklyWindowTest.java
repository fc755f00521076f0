package io.mopstudio.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeeklyWindowTest {

    @Test
    void timesOfDayReadFromMidnightToTheEndOfTheDay() {
        assertEquals(Optional.of(TimeOfDay.of(9, 5)), TimeOfDay.parse("9:05"));
        assertEquals(Optional.of(TimeOfDay.END_OF_DAY), TimeOfDay.parse("24:00"));
        assertEquals("09:05", TimeOfDay.of(9, 5).toString());
        for (String bad : new String[] {"25:00", "24:01", "12:60", "2200", "22", "22:00:00", "noon", ""}) {
            assertEquals(Optional.empty(), TimeOfDay.parse(bad), bad);
        }
    }

    @Test
    void theEndOfTheDayIsTheNextDaysMidnight() {
        assertEquals(LocalDateTime.parse("2026-03-08T00:00"), TimeOfDay.END_OF_DAY.on(LocalDate.parse("2026-03-07")));
    }

    @Test
    void daysReadAsRangesWhereThreeOrMoreFollowEachOther() {
        assertEquals("mon-thu 22:00-02:00", Policies.WEEKNIGHT.describe());
        assertEquals("sat, sun 00:00-24:00", Policies.WEEKEND.describe());
        assertEquals("mon, wed-fri, sun", WeeklyWindow.describeDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SUNDAY)));
    }

    @Test
    void aWindowClosingAtOrBeforeItsOpeningCrossesMidnight() {
        assertTrue(Policies.WEEKNIGHT.crossesMidnight());
        assertFalse(Policies.WEEKEND.crossesMidnight());
        assertFalse(Policies.BUSINESS_HOURS.crossesMidnight());
    }

    @Test
    void aWindowThatCouldNeverOpenCannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new WeeklyWindow("never", EnumSet.of(DayOfWeek.MONDAY),
                TimeOfDay.of(3, 0), TimeOfDay.of(3, 0)));
        assertThrows(IllegalArgumentException.class, () -> new WeeklyWindow("nowhen", EnumSet.noneOf(DayOfWeek.class),
                TimeOfDay.of(3, 0), TimeOfDay.of(4, 0)));
    }
}
