package io.mopstudio.audit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric limit a validation check held its samples to, read back from the check's recorded
 * expectation ({@code "<= 50"}, {@code ">= 0.95"}). AT_MOST means higher is worse.
 */
public record Threshold(Direction direction, double value) {

    /** Which side of the limit is bad. */
    public enum Direction { AT_MOST, AT_LEAST }

    private static final Pattern EXPECTED = Pattern.compile("\\s*(<=|>=)\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    /** The threshold in an expectation text; empty for equality checks and anything else. */
    public static Optional<Threshold> parse(String expected) {
        if (expected == null) {
            return Optional.empty();
        }
        Matcher matcher = EXPECTED.matcher(expected);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Direction direction = matcher.group(1).equals("<=") ? Direction.AT_MOST : Direction.AT_LEAST;
        return Optional.of(new Threshold(direction, Double.parseDouble(matcher.group(2))));
    }

    /** An observed text as a number, when it is one (observed values are recorded as text). */
    public static Optional<Double> number(String observed) {
        try {
            return observed == null ? Optional.empty() : Optional.of(Double.parseDouble(observed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * How far {@code value} is from the limit on the good side, as a fraction of the limit: 0.5 means
     * half the limit to spare, negative means past it.
     */
    public double headroom(double observed) {
        double scale = Math.abs(value) < 1e-9 ? 1 : Math.abs(value);
        return (direction == Direction.AT_MOST ? value - observed : observed - value) / scale;
    }

    public String symbol() {
        return direction == Direction.AT_MOST ? "<=" : ">=";
    }

    @Override
    public String toString() {
        return symbol() + " " + Numbers.plain(value);
    }
}
