package io.mopstudio.cli;

import io.mopstudio.audit.report.ReportFormat;
import io.mopstudio.audit.report.RunDataFormat;
import io.mopstudio.audit.report.RunReport;
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
        String name = format != null ? format : extension();
        Optional<RunDataFormat> data = RunDataFormat.parse(name);
        Optional<ReportFormat> report = ReportFormat.parse(name);
        if (data.isEmpty() && report.isEmpty()) {
            spec.commandLine().getErr().println("mop-studio audit export: say --format json, csv, html, md or pdf "
                    + "(or give -o a file ending in one).");
            return ExitCodes.USAGE;
        }
        return AuditSession.run(spec, auditDb, (store, out, err) -> {
            String extension;
            if (data.isPresent()) {
                if (!data.get().write(store, runId, file)) {
                    return AuditSession.noSuchRun(err, runId, store);
                }
                extension = data.get().extension();
            } else {
                Optional<RunReport> loaded = ReportFormat.load(store, runId);
                if (loaded.isEmpty()) {
                    return AuditSession.noSuchRun(err, runId, store);
                }
                report.get().write(loaded.get(), file);
                extension = report.get().extension();
            }
            out.println("Wrote " + file + " (" + extension + ").");
            return ExitCodes.OK;
        });
    }

    private String extension() {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
