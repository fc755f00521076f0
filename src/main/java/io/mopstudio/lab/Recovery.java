package io.mopstudio.lab;

import java.time.Duration;

/**
 * How connection wait time behaves once the recovery sequence (drain, restart, pool reset) has run.
 * Both curves are pure functions of the time since the pool reset, so a test clock makes them exact.
 */
enum Recovery {
    /** The fix works: wait time decays from the degraded value toward {@link #SETTLED_MS}. */
    SETTLES(false) {
        @Override
        double waitMs(Duration sinceReset, double degradedMs) {
            double halfLives = sinceReset.toMillis() / (double) SETTLE_HALF_LIFE.toMillis();
            return SETTLED_MS + (degradedMs - SETTLED_MS) * Math.pow(0.5, halfLives);
        }
    },
    /**
     * The fix looks fine to a health probe but leaks: wait time climbs until the pool config is
     * restored, which is exactly what a validation window plus rollback should catch.
     */
    CLIMBS(true) {
        @Override
        double waitMs(Duration sinceReset, double degradedMs) {
            return CLIMB_START_MS + CLIMB_MS_PER_SECOND * sinceReset.toMillis() / 1000.0;
        }
    };

    static final double SETTLED_MS = 8.0;
    // Five half-lives in a second take 240 ms to about 15 ms, inside a 50 ms threshold.
    static final Duration SETTLE_HALF_LIFE = Duration.ofMillis(200);
    static final double CLIMB_START_MS = 260.0;
    static final double CLIMB_MS_PER_SECOND = 120.0;

    private final boolean undoneByConfigRestore;

    Recovery(boolean undoneByConfigRestore) {
        this.undoneByConfigRestore = undoneByConfigRestore;
    }

    /** Wait time {@code sinceReset} after the healing pool reset; never called with a negative span. */
    abstract double waitMs(Duration sinceReset, double degradedMs);

    /** Whether restoring the pool config (a rollback) puts the resource back where it started. */
    boolean undoneByConfigRestore() {
        return undoneByConfigRestore;
    }
}
