package io.mopstudio.lab;

import java.util.Locale;

/** The condition a lab database reports on {@code /state}. */
enum ResourceState {
    HEALTHY,
    DEGRADED,
    FAILED;

    /** The lower-case word the HTTP API uses. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
