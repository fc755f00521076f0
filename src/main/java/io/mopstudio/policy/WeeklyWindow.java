package io.mopstudio.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A span of wall-clock time that recurs on some days of every week: a maintenance window, or the
 * business hours. {@code days} are the days it opens on; when {@code to} is not after {@code from}
 * it closes the next day (22:00-02:00), and 00:00-24:00 is the whole day.
 */
public record WeeklyWindow(String name, Set<DayOfWeek> days, TimeOfDay from, TimeOfDay to) {

    public WeeklyWindow {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("window '" + name + "' opens on no day");
        }
        if (from.equals(TimeOfDay.END_OF_DAY)) {
            throw new IllegalArgumentException("window '" + name + "' cannot open at 24:00");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("window '" + name + "' opens and closes at " + from);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean crossesMidnight() {
        return to.compareTo(from) < 0;
    }

    /** The window as it opens on {@code date}, if it opens that day and the wall clock does not skip all of it. */
    Optional<Occurrence> occurrenceOn(LocalDate date, ZoneId zone, int order) {
        if (!days.contains(date.getDayOfWeek())) {
            return Optional.empty();
        }
        LocalDate closingDate = crossesMidnight() ? date.plusDays(1) : date;
        Occurrence occurrence = new Occurrence(this, order, WallClock.instantOf(from.on(date), zone),
                WallClock.instantOf(to.on(closingDate), zone));
        return occurrence.start().isBefore(occurrence.end()) ? Optional.of(occurrence) : Optional.empty();
    }

    /** For operators: {@code mon-thu 22:00-02:00}. */
    public String describe() {
        return describeDays(days) + " " + from + "-" + to;
    }

    /** Runs of three or more consecutive days read as a range ({@code mon-fri}); others are listed. */
    static String describeDays(Set<DayOfWeek> days) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            if (end - i >= 2) {
                parts.add(word(week[i]) + "-" + word(week[end]));
            } else {
                for (int d = i; d <= end; d++) {
                    parts.add(word(week[d]));
                }
            }
            i = end + 1;
        }
        return String.join(", ", parts);
    }

    static String word(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
}
