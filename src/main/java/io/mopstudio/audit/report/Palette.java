package io.mopstudio.audit.report;

/**
 * The colours of a final state in the report's pictures, the same meaning as the window's canvas:
 * green done, red failed, amber warned, blue never ended, grey skipped or cancelled, white not run.
 */
record Palette(String fill, String stroke) {

    static Palette of(String state) {
        return switch (state) {
            case "SUCCEEDED", "PASS" -> new Palette("#d1f0d9", "#1a7f37");
            case "FAILED", "TIMED_OUT", "FAIL" -> new Palette("#ffd7d5", "#cf222e");
            case "WARN", "RETRIED" -> new Palette("#fff1c2", "#9a6700");
            case "RUNNING" -> new Palette("#ddf4ff", "#0969da");
            case "SKIPPED", "CANCELLED" -> new Palette("#eaeef2", "#6e7781");
            default -> new Palette("#ffffff", "#8c959f");
        };
    }

    /** The state as a reader says it: "timed out", "not run". */
    static String word(String state) {
        return state.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
