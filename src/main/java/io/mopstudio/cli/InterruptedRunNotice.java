package io.mopstudio.cli;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InterruptedRuns;
import java.io.PrintWriter;
import java.time.Clock;

/** Every command that opens the audit first records runs a crash left unfinished, and says so on stderr. */
final class InterruptedRunNotice {

    private InterruptedRunNotice() {
    }

    static void recordAndTell(AuditStore store, PrintWriter err) {
        for (String summary : new InterruptedRuns(store, Clock.systemUTC()).recordAll()) {
            err.println("note: a run was interrupted (its process is gone) and is now recorded as such:");
            summary.lines().forEach(line -> err.println("  " + line));
        }
        err.flush();
    }
}
