package io.mopstudio.policy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wall-clock time as a change policy writes it, {@code "22:00"}. Unlike {@link java.time.LocalTime}
 * it can be {@code 24:00}, the end of a day, so that a whole-day window reads {@code 00:00}-{@code 24:00}.
 */
public record TimeOfDay(int minuteOfDay) implements Comparable<TimeOfDay> {

    private static final int MINUTES_PER_DAY = 24 * 60;

    public static final TimeOfDay MIDNIGHT = new TimeOfDay(0);
    public static final TimeOfDay END_OF_DAY = new TimeOfDay(MINUTES_PER_DAY);

    private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");

    public TimeOfDay {
        if (minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY) {
            throw new IllegalArgumentException("a time of day is from 00:00 to 24:00, not minute " + minuteOfDay);
        }
    }

    /** {@code "H:MM"} or {@code "HH:MM"} from 00:00 to 24:00; anything else is empty. */
    public static Optional<TimeOfDay> parse(String text) {
        Matcher matcher = HH_MM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes > 0)) {
            return Optional.empty();
        }
        return Optional.of(new TimeOfDay(hours * 60 + minutes));
    }

    public static TimeOfDay of(int hours, int minutes) {
        return new TimeOfDay(hours * 60 + minutes);
    }

    /** This time on {@code date}; 24:00 is the first moment of the next day. */
    public LocalDateTime on(LocalDate date) {
        return date.atStartOfDay().plusMinutes(minuteOfDay);
    }

    @Override
    public int compareTo(TimeOfDay other) {
        return Integer.compare(minuteOfDay, other.minuteOfDay);
    }

    @Override
    public String toString() {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
