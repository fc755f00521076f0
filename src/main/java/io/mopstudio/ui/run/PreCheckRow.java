package io.mopstudio.ui.run;

import io.mopstudio.engine.event.CheckOutcome;

/**
 * A pre-check's verdict in the pre-checks panel. {@code overridable}: it failed and stopped the
 * run, and an operator may override it by running again (blast radius is answered by approval,
 * not overridden).
 */
public record PreCheckRow(String nodeId, String check, CheckOutcome outcome, String observed, String expected,
        String message) {

    public static final String BLAST_RADIUS = "blast_radius";

    public boolean overridable() {
        return outcome == CheckOutcome.FAIL && !nodeId.equals(BLAST_RADIUS);
    }
}
