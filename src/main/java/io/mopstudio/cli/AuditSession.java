package io.mopstudio.cli;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the audit subcommands that only read open the audit: an existing one, closed afterwards,
 * with any audit failure printed as its one-line message and exit 2, never a stack trace.
 */
final class AuditSession {

    /** A subcommand's work on the open audit; returns the exit code. */
    @FunctionalInterface
    interface Work {
        int run(AuditStore store, PrintWriter out, PrintWriter err);
    }

    /** How many of the runs an ambiguous prefix matches are named. */
    private static final int SHOWN_MATCHES = 5;

    private AuditSession() {
    }

    static int run(CommandSpec spec, AuditDbOption auditDb, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AuditStore store = auditDb.openExisting()) {
            return work.run(store, out, err);
        } catch (AuditStoreException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Says that no single run has this id or prefix: none at all, or several (naming a few). */
    static int noSuchRun(PrintWriter err, String runId, AuditStore store) {
        List<String> matching = runId.isBlank() ? List.of() : store.runIdsStartingWith(runId, SHOWN_MATCHES + 1);
        if (matching.size() > 1) {
            String shown = String.join(", ", matching.subList(0, Math.min(SHOWN_MATCHES, matching.size())))
                    + (matching.size() > SHOWN_MATCHES ? ", …" : "");
            err.println("'" + runId + "' is the start of more than one run id in " + store.where() + " (" + shown
                    + "): give more of the id.");
        } else {
            err.println("No run with id (or unique id prefix) '" + runId + "' in " + store.where() + ".");
        }
        return ExitCodes.USAGE;
    }
}
