package io.mopstudio.ui.run;

import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunRequest;
import java.util.List;

/** What the run console asks of the window around it after a run: the audit tab, and another run. */
public interface RunConsoleActions {

    /** Switches to the audit viewer with {@code runId} selected. */
    void openInAudit(String runId);

    /** Starts {@code request} again, with failed pre-checks overridden. */
    void runAgain(RunRequest request, List<PreCheckOverride> overrides);
}
