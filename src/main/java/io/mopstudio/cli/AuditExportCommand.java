package io.mopstudio.cli;

import io.mopstudio.audit.report.ReportFormat;
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

/** {@code audit export RUN_ID --format md|html|pdf -o FILE}: one run as a report for the change board. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write one run as a report for the change board: Markdown, self-contained HTML or PDF.")
public final class AuditExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id, or a unique prefix of it.")
    private String runId;

    @Option(names = "--format", paramLabel = "md|html|pdf",
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
        Optional<ReportFormat> chosen = chosenFormat();
        if (chosen.isEmpty()) {
            spec.commandLine().getErr().println(
                    "mop-studio audit export: say --format md, html or pdf (or give -o a file ending in one).");
            return ExitCodes.USAGE;
        }
        return AuditSession.run(spec, auditDb, (store, out, err) -> {
            Optional<RunReport> report = ReportFormat.load(store, runId);
            if (report.isEmpty()) {
                return AuditSession.noSuchRun(err, runId, store);
            }
            chosen.get().write(report.get(), file);
            out.println("Wrote " + file + " (" + chosen.get().extension() + ").");
            return ExitCodes.OK;
        });
    }

    private Optional<ReportFormat> chosenFormat() {
        if (format != null) {
            return ReportFormat.parse(format);
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ReportFormat.parse(name.substring(dot + 1));
    }
}
