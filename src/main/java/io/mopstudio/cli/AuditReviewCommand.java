package io.mopstudio.cli;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.engine.event.RunReviewed;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit review RUN_ID --as NAME --note TEXT}: records that a human reviewed a finished run. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Record that you reviewed a run (e.g. an INTERRUPTED or escalated one), with a note.")
public final class AuditReviewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id, or a unique prefix of it.")
    private String runId;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "Your name, for the record.")
    private String reviewer;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What you found or did.")
    private String note;

    @Mixin
    private AuditDbOption auditDb;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reviewer.isBlank() || note.isBlank()) {
            err.println("mop-studio audit review: --as and --note must not be empty.");
            return ExitCodes.USAGE;
        }
        try (AuditStore store = auditDb.openExisting()) {
            InterruptedRunNotice.recordAndTell(store, err);
            Optional<RunSummary> run = store.findRun(runId);
            if (run.isEmpty()) {
                AuditSession.noSuchRun(err, runId, store);
                return ExitCodes.USAGE;
            }
            if (!run.get().finished()) {
                err.println("Run " + run.get().runId() + " has not finished (it may still be running elsewhere); "
                        + "review it once it has ended.");
                return ExitCodes.USAGE;
            }
            List<AuditEvent> events = store.events(run.get().runId());
            long next = events.get(events.size() - 1).seq() + 1;
            store.listener().onEvent(new RunReviewed(run.get().runId(), next, Instant.now(), reviewer, note));
            out.println("Recorded: " + reviewer + " reviewed run " + run.get().runId() + ".");
            return ExitCodes.OK;
        } catch (AuditStoreException e) {
            err.println(e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
