package io.mopstudio.audit;

import java.util.Locale;

/** Durations the way an operator reads them: "120 ms", "4.2 s", "2 min 03 s", "1 h 05 min". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(long millis) {
        if (millis < 0) {
            return "-";
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
