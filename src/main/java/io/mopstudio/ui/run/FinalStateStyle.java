package io.mopstudio.ui.run;

import java.util.List;
import java.util.Locale;

/** Style classes for how a run ended, e.g. {@code state-resolved}, {@code state-rolled-back}, {@code state-unfinished}. */
public final class FinalStateStyle {

    public static final String UNFINISHED = "UNFINISHED";
    /** Every class {@link #of} can return, for swapping one for another. */
    public static final List<String> ALL = List.of("state-resolved", "state-aborted", "state-rolled-back",
            "state-failed", "state-rollback-failed", "state-cancelled", "state-unfinished");

    private FinalStateStyle() {
    }

    /** {@code state} is a FinalState name as the engine or the audit writes it, or UNFINISHED. */
    public static String of(String state) {
        return "state-" + state.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
