package io.mopstudio.cli;

import io.mopstudio.audit.report.RunExport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit export RUN_ID --format json|csv|html|md|pdf -o FILE}: one run as data (JSON with its
 * chain hashes, CSV of events) or as a report for the change board.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one run as data - JSON with every event and its chain hashes (verifiable offline), "
                + "CSV of its events - or as a report for the change board: self-contained HTML, Markdown or PDF.")
public final class AuditExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id, or a unique prefix of it.")
    private String runId;

    @Option(names = "--format", paramLabel = "json|csv|html|md|pdf",
            description = "Report format. Default: from the output file's extension.")
    private String format;

    @Option(names = {"-o", "--output-file"}, required = true, paramLabel = "FILE", description = "Where to write it.")
    private Path file;

    @Mixin
    private AuditDbOption auditDb;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Optional<RunExport> chosen = format != null ? RunExport.parse(format) : RunExport.forFile(file);
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println("mop-studio audit export: say --format json, csv, html, md or pdf "
                    + "(or give -o a file ending in one).");
            return ExitCodes.USAGE;
        }
        return AuditSession.run(spec, auditDb, (store, out, err) -> {
            if (!chosen.get().write(store, runId, file)) {
                return AuditSession.noSuchRun(err, runId, store);
            }
            out.println("Wrote " + file + " (" + chosen.get().extension() + ").");
            return ExitCodes.OK;
        });
    }
}
