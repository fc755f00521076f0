package io.mopstudio.audit.report;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.RunSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats a run report is exported in, and writing one for a recorded run. */
public enum ReportFormat {
    MD("md"), HTML("html"), PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code md}, {@code markdown}, {@code html} or {@code pdf}, in any case. */
    public static Optional<ReportFormat> parse(String text) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "md", "markdown" -> Optional.of(MD);
            case "html", "htm" -> Optional.of(HTML);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }

    public byte[] render(RunReport report) {
        return switch (this) {
            case MD -> MarkdownReport.of(report).getBytes(StandardCharsets.UTF_8);
            case HTML -> HtmlReport.of(report).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfReport.of(report);
        };
    }

    /** The report of a recorded run (chain verified as it is read), or empty if there is no such run. */
    public static Optional<RunReport> load(AuditStore store, String runIdOrPrefix) {
        Optional<RunSummary> run = store.findRun(runIdOrPrefix);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        String id = run.get().runId();
        List<ChainVerdict> verdicts = store.verify(Optional.of(id));
        return Optional.of(RunReport.of(run.get(), store.events(id), verdicts.get(0), store.mopText(id).orElse("")));
    }

    /** Writes the file whole or not at all. */
    public void write(RunReport report, Path file) {
        byte[] content;
        try {
            content = render(report);
        } catch (RuntimeException e) {
            // A layout library failing on some content must not reach the user as a stack trace.
            throw new AuditStoreException("Could not write the " + extension + " report: " + e.getMessage(), e);
        }
        AtomicFile.write(file, content);
    }
}
