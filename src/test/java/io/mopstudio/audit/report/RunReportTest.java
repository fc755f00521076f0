package io.mopstudio.audit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AdminTampering;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InsightRuns;
import io.mopstudio.audit.RunFixtures;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
        retriedThenRolledBack().forEach(store.listener()::onEvent);
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
    void htmlDrawsTheGraphsColouredAsTheRunEndedAndABarPerAttempt() throws Exception {
        Document html = xml(HtmlReport.of(ReportFormat.load(store, "R6").orElseThrow()));

        Map<String, String> nodes = new HashMap<>();
        for (Element rect : elements(html, "rect")) {
            if (rect.getAttribute("class").equals("node")) {
                nodes.put(rect.getAttribute("data-node"), rect.getAttribute("data-state"));
            }
        }
        assertEquals(Map.of("PRE_CHECK/service_state", "PASS", "EXECUTION/drain", "SUCCEEDED",
                "EXECUTION/resize", "FAILED", "VALIDATION/wait_ms", "NOT_RUN", "VALIDATION/error_rate", "NOT_RUN",
                "ROLLBACK/restore", "SUCCEEDED"), nodes);
        List<String> pictures = elements(html, "svg").stream().map(e -> e.getAttribute("class")).toList();
        assertEquals(List.of("execution-graph", "rollback-graph", "timeline"), pictures);

        Map<String, Long> startedAttempts = store.events("R6").stream().filter(e -> e.kind().equals("step_started"))
                .collect(Collectors.groupingBy(e -> e.json().contains("ROLLBACK") ? "ROLLBACK/restore"
                        : e.json().contains("\"drain\"") ? "EXECUTION/drain" : "EXECUTION/resize", Collectors.counting()));
        Map<String, Long> bars = elements(html, "rect").stream().filter(r -> r.getAttribute("class").equals("attempt"))
                .collect(Collectors.groupingBy(r -> r.getAttribute("data-graph") + "/" + r.getAttribute("data-step"),
                        Collectors.counting()));
        assertEquals(Map.of("EXECUTION/drain", 1L, "EXECUTION/resize", 2L, "ROLLBACK/restore", 1L), startedAttempts);
        assertEquals(startedAttempts, bars);
        assertTrue(elements(html, "rect").stream().anyMatch(r -> r.getAttribute("class").equals("phase")));
        assertTrue(elements(html, "line").stream().anyMatch(l -> l.getAttribute("class").equals("mark")),
                "the rollback and the end are marked on the time axis");
    }

    @Test
    void markdownAndPdfPointToTheHtmlForThePictures() throws IOException {
        String md = MarkdownReport.of(report);
        assertTrue(md.contains("## Timeline\n\n*Drawn in the HTML report: Each step attempt is a bar"), md);
        assertFalse(HtmlReport.of(report, false).contains("<svg"));
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

    /** Like R4, but the failing step was retried once before it failed for good. */
    private static List<RunEvent> retriedThenRolledBack() {
        return RunFixtures.run("R6", InsightRuns.DAY.plusSeconds(20000), "erin", "production")
                .phase(Phase.PRE_CHECKS).check(CheckPhase.PRE_CHECK, "service_state", CheckOutcome.PASS, "degraded",
                        "= degraded")
                .phase(Phase.EXECUTING).step(GraphKind.EXECUTION, "drain", 500, 0, StepStatus.SUCCEEDED)
                .step(GraphKind.EXECUTION, "resize", 1000, 1, StepStatus.FAILED)
                .rollback("step resize failed").phase(Phase.ROLLING_BACK)
                .step(GraphKind.ROLLBACK, "restore", 250, 0, StepStatus.SUCCEEDED)
                .finish(FinalState.ROLLED_BACK);
    }

    private static Document xml(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag) {
        NodeList list = document.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
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
