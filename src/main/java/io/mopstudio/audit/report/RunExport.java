package io.mopstudio.audit.report;

import io.mopstudio.audit.AuditStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every way a recorded run can be exported, as the command line and the audit viewer both offer
 * them: as data (JSON with its chain, CSV of events) or as a report (HTML, Markdown, PDF).
 */
public record RunExport(String extension, String label, Optional<RunDataFormat> data, Optional<ReportFormat> report) {

    /** In the order offered: the change board's report first. */
    public static final List<RunExport> ALL = List.of(
            report(ReportFormat.HTML, "HTML report (graph, timeline, checks)"),
            data(RunDataFormat.JSON, "JSON with the hash chain (verifiable offline)"),
            data(RunDataFormat.CSV, "CSV of events"),
            report(ReportFormat.MD, "Markdown report"),
            report(ReportFormat.PDF, "PDF report"));

    private static RunExport data(RunDataFormat format, String label) {
        return new RunExport(format.extension(), label, Optional.of(format), Optional.empty());
    }

    private static RunExport report(ReportFormat format, String label) {
        return new RunExport(format.extension(), label, Optional.empty(), Optional.of(format));
    }

    /** The export named by a format or file extension ({@code html}, {@code json}, {@code markdown}, ...), in any case. */
    public static Optional<RunExport> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        Optional<ReportFormat> report = ReportFormat.parse(wanted);
        return ALL.stream().filter(e -> e.extension.equals(wanted) || e.report.isPresent() && e.report.equals(report))
                .findFirst();
    }

    /** The export a file name asks for by its extension. */
    public static Optional<RunExport> forFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
    }

    /** Writes the run whose id (or unique prefix) is given, whole or not at all; false when there is no such run. */
    public boolean write(AuditStore store, String runIdOrPrefix, Path file) {
        if (data.isPresent()) {
            return data.get().write(store, runIdOrPrefix, file);
        }
        Optional<RunReport> loaded = ReportFormat.load(store, runIdOrPrefix);
        loaded.ifPresent(run -> report.orElseThrow().write(run, file));
        return loaded.isPresent();
    }
}
