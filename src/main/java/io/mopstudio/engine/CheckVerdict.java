package io.mopstudio.engine;

import io.mopstudio.catalog.Expectation;
import java.util.Optional;

/**
 * One evaluation of a check. {@code numeric} is the observed value when it is a number, and
 * {@code direction} the expectation it was held to, so validation can tell "worse than before".
 */
record CheckVerdict(boolean passed, String observed, String expected, String message, Optional<Double> numeric,
        Optional<Expectation.Kind> direction) {

    static CheckVerdict error(String message) {
        return new CheckVerdict(false, "error", "", message, Optional.empty(), Optional.empty());
    }

    /** "observed X, expected Y", or "could not be evaluated" when the check errored before observing anything. */
    String comparison() {
        return expected.isEmpty() && observed.equals("error") ? "could not be evaluated"
                : "observed " + observed + ", expected " + expected;
    }

    /** True when this failing sample is further from passing than {@code baseline} was. */
    boolean worseThan(CheckVerdict baseline) {
        if (passed || numeric.isEmpty() || baseline.numeric.isEmpty() || direction.isEmpty()) {
            return false;
        }
        double now = numeric.get();
        double before = baseline.numeric.get();
        return switch (direction.get()) {
            case AT_MOST -> now > before;
            case AT_LEAST -> now < before;
            case EQUALS -> false;
        };
    }
}
