package io.mopstudio.environment;

import java.time.Duration;

/**
 * How validation samples in an environment: every {@code interval}, all checks must hold for
 * {@code window}; a check that names no timeout of its own gives up after {@code defaultTimeout}.
 */
public record ValidationSettings(Duration window, Duration interval, Duration defaultTimeout) {

    /** The seed's "typically 5 minutes", sampled every 10 seconds. */
    public static ValidationSettings defaults() {
        return new ValidationSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), Duration.ofMinutes(10));
    }
}
