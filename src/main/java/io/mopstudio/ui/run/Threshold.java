package io.mopstudio.ui.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a validation chart draws: the number in a check's {@code expected} text, as the engine
 * writes it ({@code "<= 50"}, {@code ">= 3"}, {@code "= 0"}). Expectations that are not a
 * comparison with a number ({@code "HTTP 2xx"}, {@code "= healthy"}) have no line.
 */
public record Threshold(String comparison, double value) {

    private static final Pattern EXPECTED = Pattern.compile("^\\s*(<=|>=|=)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");

    public static Optional<Threshold> parse(String expected) {
        if (expected == null) {
            return Optional.empty();
        }
        Matcher m = EXPECTED.matcher(expected);
        return m.matches() ? Optional.of(new Threshold(m.group(1), Double.parseDouble(m.group(2)))) : Optional.empty();
    }

    /** An observed value as a number, when it is one ("232.1"); "error", "no data", "HTTP 503" are not. */
    public static Optional<Double> number(String observed) {
        if (observed == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(observed);
        return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
