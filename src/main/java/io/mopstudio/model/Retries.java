package io.mopstudio.model;

import java.time.Duration;
import java.util.Optional;

/**
 * How often a failed step is tried again. {@code max} is the number of extra attempts, so a step
 * makes at most {@code 1 + max} attempts; the wait before attempt n+1 is
 * {@code delay * backoff^(n-1)}. {@code total}, if set, bounds all attempts and waits together,
 * separately from the step's per-attempt {@code timeout}.
 */
public record Retries(int max, Duration delay, double backoff, Optional<Duration> total) {

    public static final Retries NONE = new Retries(0, Duration.ZERO, 1.0);

    public Retries(int max, Duration delay, double backoff) {
        this(max, delay, backoff, Optional.empty());
    }

    public int attempts() {
        return 1 + max;
    }

    /** The wait before the given retry (1 = the first retry, i.e. the second attempt). */
    public Duration delayBefore(int retry) {
        double factor = Math.pow(backoff, Math.max(0, retry - 1));
        return Duration.ofMillis(Math.round(delay.toMillis() * factor));
    }
}
