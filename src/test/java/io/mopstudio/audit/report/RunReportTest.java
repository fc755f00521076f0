package io.mopstudio.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AdminTampering;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InsightRuns;
import io.mopstudio.audit.RunFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The exported report of a rolled-back run holds what a change board asks, in every format. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunReportTest {

    @TempDir
    static Path dir;
    private AuditStore store;
    private RunReport report;

    @BeforeAll
    void record() {
        store = AuditStore.open(dir.resolve("audit"));
        InsightRuns.rolledBack().forEach(store.listener()::onEvent);
        InsightRuns.resolved2().forEach(store.listener()::onEvent);
        report = ReportFormat.load(store, "R4").orElseThrow();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void markdownHasTheFactsStepsRollbackAndMopText() {
        String md = MarkdownReport.of(report);

        assertTrue(md.startsWith("# Run report: MOP-900 Queue drain v2\n"), md);
        assertTrue(md.contains("| **Final state** | ROLLED\\_BACK |"), md);
        assertTrue(md.contains("| **Operator** | carol |"), md);
        assertTrue(md.contains("| **Confidence** | 0.9 |"), md);
        assertTrue(md.contains("| **Mode** | LIVE |"), md);
        assertTrue(md.contains("| **Audit chain** | intact ("), md);
        assertTrue(md.contains("| resize | queue.resize | 1 | 2026-02-01 04:00:00.516 UTC |"), md);
        assertTrue(md.contains("| FAILED | {\"queue\":\"orders\"} |"), md);
        assertTrue(md.contains("## Rollback\n\n| Step |"), md);
        assertTrue(md.contains("| restore | queue.restore |"), md);
        assertTrue(md.contains("rollback: step resize failed"), md);
        assertTrue(md.contains("approval requested: resizing touches 3 pools, over the limit of 1"), md);
        assertTrue(md.contains("APPROVE by dave: change CHG-42 approved"), md);
        assertTrue(md.contains("```yaml\n" + RunFixtures.MOP_TEXT + "```"), md);
        assertTrue(md.contains("No validation sample was taken."), md);
    }

    @Test
    void interventionsAreListedWithNameAndReason() {
        String md = MarkdownReport.of(ReportFormat.load(store, "R2").orElseThrow());

        assertTrue(md.contains("PAUSE by bob: checking the dashboard"), md);
        assertTrue(md.contains("| wait\\_ms | PASS | 46 | &lt;= 50 |"), md);
    }

    @Test
    void htmlIsSelfContainedWellFormedXhtml() throws Exception {
        String html = HtmlReport.of(report);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", document.getDocumentElement().getTagName());
        assertTrue(html.contains("<th>Final state</th><td>ROLLED_BACK</td>"), html);
        assertTrue(html.contains("&lt;= 50") || !html.contains("<= 50"), "comparison signs are escaped");
        assertFalse(html.contains("<link") || html.contains("src=\"http") || html.contains("<script"), html);
    }

    @Test
    void pdfCarriesTheSameText() throws IOException {
        byte[] pdf = PdfReport.of(report);

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Run report: MOP-900 Queue drain v2"), text);
            assertTrue(text.contains("ROLLED_BACK"), text);
            assertTrue(text.contains("step resize failed"), text);
        }
    }

    @Test
    void aTamperedRunSaysSoInItsReport() {
        AdminTampering.dropTriggers(dir.resolve("audit"));
        AdminTampering.execute(dir.resolve("audit"), "UPDATE events SET json = REPLACE(json, 'checking', 'ignoring') "
                + "WHERE run_id = 'R2'");

        String md = MarkdownReport.of(ReportFormat.load(store, "R2").orElseThrow());
        assertTrue(md.contains("| **Audit chain** | BROKEN at seq "), md);
    }
}
