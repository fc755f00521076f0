package io.mopstudio.cli;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import java.io.PrintWriter;
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

    static int noSuchRun(PrintWriter err, String runId, AuditStore store) {
        err.println("No run with id (or unique id prefix) '" + runId + "' in " + store.where() + ".");
        return ExitCodes.USAGE;
    }
}
