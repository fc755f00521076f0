package io.mopstudio.ui.run;

import io.mopstudio.engine.event.CheckOutcome;
import java.util.Optional;

/**
 * One validation sample on a chart: seconds since validation began, the observed value when it is
 * a number, and the verdict. {@code plotted} is what the chart draws: the number, or for checks
 * whose value is not a number, 1 for a pass and 0 for a failure.
 */
public record ValidationSample(double seconds, String observed, Optional<Double> value, CheckOutcome outcome) {

    public double plotted() {
        return value.orElse(outcome == CheckOutcome.PASS ? 1.0 : 0.0);
    }
}
