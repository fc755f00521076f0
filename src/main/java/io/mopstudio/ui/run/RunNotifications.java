package io.mopstudio.ui.run;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.ui.fx.DesktopNotifier;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The desktop notifications a run raises: when it waits for approval (always: nothing moves until
 * someone answers) and when it ends while the window is not focused (the operator looked away
 * during a long validation). The banner and the flashing title say the same inside the window.
 */
public final class RunNotifications {

    static final String APPROVAL_TITLE = "MOP Studio: approval needed";
    static final String ENDED_TITLE = "MOP Studio: run ended";

    private RunNotifications() {
    }

    /** Starts notifying for the runs of {@code run}; {@code focused} is the window's focus. */
    public static void install(RunViewModel run, DesktopNotifier notifier, ObservableBooleanValue focused) {
        run.approvals().pendingProperty().addListener((obs, old, pending) -> pending.ifPresent(p ->
                notifier.notify(APPROVAL_TITLE, "Run " + p.request().runId() + " of " + p.request().mopId() + " on "
                        + p.request().environment() + " waits for your approval: " + p.request().explanation())));
        run.finalStateProperty().addListener((obs, old, state) -> {
            if (state != null && !focused.get()) {
                notifier.notify(ENDED_TITLE, ended(state, run.runIdProperty().get(), run.summaryProperty().get()));
            }
        });
    }

    private static String ended(FinalState state, String runId, String summary) {
        String firstLine = summary.lines().findFirst().orElse("");
        return "Run " + runId + " ended " + state.name().replace('_', ' ')
                + (firstLine.isBlank() ? "" : ": " + firstLine);
    }
}
