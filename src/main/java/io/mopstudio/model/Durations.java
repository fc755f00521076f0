package io.mopstudio.model;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as authors write them: {@code 500ms}, {@code 15s}, {@code 2m}, {@code 1h30m}, or plain seconds. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** Anything longer is a typo, and refusing it keeps arithmetic on durations from overflowing. */
    static final Duration LONGEST = Duration.ofDays(366);

    public static Optional<Duration> parse(Object value) {
        try {
            return parseUnbounded(value).filter(d -> !d.isNegative() && d.compareTo(LONGEST) <= 0);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseUnbounded(Object value) {
        if (value instanceof Number n) {
            double seconds = n.doubleValue();
            return Double.isFinite(seconds) && seconds >= 0
                    ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
        }
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        Matcher matcher = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() != end) {
                return Optional.empty();
            }
            long amount = Long.parseLong(matcher.group(1));
            total = total.plus(switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            });
            end = matcher.end();
        }
        return end == trimmed.length() && end > 0 ? Optional.of(total) : Optional.empty();
    }

    /** The shortest author-style text for a duration, e.g. {@code 1m30s} or {@code 500ms}. */
    public static String format(Duration duration) {
        if (duration.toMillisPart() != 0 || duration.isZero()) {
            return duration.toMillis() + "ms";
        }
        StringBuilder out = new StringBuilder();
        long hours = duration.toHours();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            out.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            out.append(duration.toSecondsPart()).append('s');
        }
        return out.toString();
    }
}
