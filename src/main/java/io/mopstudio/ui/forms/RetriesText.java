package io.mopstudio.ui.forms;

import io.mopstudio.model.Durations;
import io.mopstudio.model.Retries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A step's {@code retries} as the form edits it, one of its four fields at a time, and the YAML it is
 * written as: the short {@code retries: 3} while only the count is set (as the format allows), the
 * one-line mapping {@code {max: 2, delay: 10s, backoff: 2}} once a wait is set, and nothing when no
 * retry is left. Written whole, on one line, so an edit stays a one-line change.
 */
public final class RetriesText {

    /** The form's fields, in the order shown. */
    public enum Field {
        MAX("max"), DELAY("delay"), BACKOFF("backoff"), TOTAL("total");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private RetriesText() {
    }

    /** What a field shows for {@code retries}: empty where the format's default applies. */
    public static String shown(Retries retries, Field field) {
        return switch (field) {
            case MAX -> retries.max() == 0 ? "" : String.valueOf(retries.max());
            case DELAY -> retries.delay().isZero() ? "" : Durations.format(retries.delay());
            case BACKOFF -> retries.backoff() == 1.0 ? "" : number(retries.backoff());
            case TOTAL -> retries.total().map(Durations::format).orElse("");
        };
    }

    /** {@code retries} with one field set from the form's text; an IllegalArgumentException says why it does not fit. */
    public static Retries with(Retries retries, Field field, String text) {
        String v = text.strip();
        return switch (field) {
            case MAX -> new Retries(v.isEmpty() ? 0 : count(v), retries.delay(), retries.backoff(), retries.total());
            case DELAY -> new Retries(retries.max(), v.isEmpty() ? Duration.ZERO : duration(v), retries.backoff(),
                    retries.total());
            case BACKOFF -> new Retries(retries.max(), retries.delay(), v.isEmpty() ? 1.0 : backoff(v),
                    retries.total());
            case TOTAL -> new Retries(retries.max(), retries.delay(), retries.backoff(),
                    v.isEmpty() ? Optional.empty() : Optional.of(duration(v)));
        };
    }

    /** The YAML value of {@code retries}, or empty when it says nothing beyond the defaults (the key goes). */
    public static Optional<String> yaml(Retries retries) {
        List<String> parts = new ArrayList<>();
        parts.add("max: " + retries.max());
        if (!retries.delay().isZero()) {
            parts.add("delay: " + Durations.format(retries.delay()));
        }
        if (retries.backoff() != 1.0) {
            parts.add("backoff: " + number(retries.backoff()));
        }
        retries.total().ifPresent(total -> parts.add("total: " + Durations.format(total)));
        if (parts.size() == 1) {
            return retries.max() == 0 ? Optional.empty() : Optional.of(String.valueOf(retries.max()));
        }
        return Optional.of("{" + String.join(", ", parts) + "}");
    }

    private static int count(String text) {
        try {
            int max = Integer.parseInt(text);
            if (max >= 0) {
                return max;
            }
        } catch (NumberFormatException e) {
            // refused below, with what is expected
        }
        throw new IllegalArgumentException("'" + text + "' is not a whole number of extra attempts, such as 2");
    }

    private static Duration duration(String text) {
        return Durations.parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text
                + "' is not a duration such as 500ms, 10s or 2m"));
    }

    private static double backoff(String text) {
        try {
            double factor = Double.parseDouble(text);
            if (factor >= 1.0 && Double.isFinite(factor)) {
                return factor;
            }
        } catch (NumberFormatException e) {
            // refused below, with what is expected
        }
        throw new IllegalArgumentException("'" + text + "' is not a factor of 1 or more (1 = the same wait each"
                + " time, 2 = doubling)");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
