package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InsightRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** audit export and audit insights, in-process, against a recorded audit. */
class AuditExportInsightsCommandTest {

    @TempDir
    static Path dir;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void record() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit"))) {
            InsightRuns.all().forEach(run -> run.forEach(store.listener()::onEvent));
        }
    }

    @BeforeEach
    void clear() {
        out = new StringWriter();
        err = new StringWriter();
    }

    @Test
    void exportsHtmlChosenByExtension() throws IOException {
        Path file = dir.resolve("R4.html");
        assertEquals(0, run("audit", "export", "R4", "-o", file.toString(), "--audit-db", db()), err.toString());

        assertTrue(Files.readString(file).contains("<th>Final state</th><td>ROLLED_BACK</td>"));
        assertTrue(out.toString().contains("Wrote " + file), out.toString());
    }

    @Test
    void exportsMarkdownByFormat() throws IOException {
        Path file = dir.resolve("report.txt");
        assertEquals(0, run("audit", "export", "R1", "--format", "md", "-o", file.toString(), "--audit-db", db()));

        assertTrue(Files.readString(file).startsWith("# Run report: MOP-900"));
    }

    @Test
    void exportsJsonWhoseChainRecomputesOfflineFromTheStatedRule() throws Exception {
        Path file = dir.resolve("R4.json");
        assertEquals(0, run("audit", "export", "R4", "-o", file.toString(), "--audit-db", db()), err.toString());

        JsonNode export = new ObjectMapper().readTree(file.toFile());
        assertEquals("INTACT", export.get("verification").get("status").asText());
        assertEquals("ROLLED_BACK", export.get("run").get("final_state").asText());
        // Recompute with nothing but the JDK and the rule the file states, as an auditor's script would.
        String previous = sha256(export.get("mop_text").asText());
        assertEquals(export.get("mop_sha256").asText(), previous);
        JsonNode events = export.get("events");
        assertTrue(events.size() > 5, export.toString());
        for (JsonNode event : events) {
            assertEquals(previous, event.get("prev_hash").asText(), "link at seq " + event.get("seq"));
            String canonical = field(export.get("run").get("run_id").asText()) + field(event.get("seq").asText())
                    + field(event.get("kind").asText()) + field(event.get("time").asText())
                    + field(event.get("json").asText()) + field(previous);
            previous = sha256(canonical);
            assertEquals(previous, event.get("hash").asText(), "hash at seq " + event.get("seq"));
        }
        assertEquals(export.get("verification").get("head").asText(), previous);
    }

    @Test
    void exportsCsvOfEventsOneRowEachQuotedForSpreadsheets() throws IOException {
        Path file = dir.resolve("events.data");
        assertEquals(0, run("audit", "export", "R4", "--format", "csv", "-o", file.toString(), "--audit-db", db()),
                err.toString());

        String csv = Files.readString(file);
        assertTrue(csv.startsWith("run_id,seq,time,kind,description,prev_hash,hash,json\r\n"), csv);
        assertTrue(csv.contains(",1,"), csv);
        assertTrue(csv.contains(",run_finished,"), csv);
        assertTrue(csv.contains("\"{\"\""), "JSON cells are quoted with doubled quotes: " + csv);
    }

    private static String field(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ":" + value + "\n";
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }

    @Test
    void badExportInputIsAPlainUsageError() {
        assertEquals(2, run("audit", "export", "R1", "-o", dir.resolve("x.doc").toString(), "--audit-db", db()));
        assertTrue(err.toString().contains("say --format json, csv, html, md or pdf"), err.toString());
        assertEquals(2, run("audit", "export", "R1", "-o", dir.resolve("no/such/dir/r.md").toString(),
                "--audit-db", db()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(2, run("audit", "export", "R99", "-o", dir.resolve("r.md").toString(), "--audit-db", db()));
        assertTrue(err.toString().contains("No run with id (or unique id prefix) 'R99'"), err.toString());
        assertFalse(Files.exists(dir.resolve("r.md")));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void insightsAsText() {
        assertEquals(0, run("audit", "insights", "--mop", "MOP-900", "--audit-db", db()), err.toString());

        String text = out.toString();
        assertTrue(text.contains("Insights from 5 recorded runs."), text);
        assertTrue(text.contains("50% (2/4)"), text);
        assertTrue(text.contains("aborted 1 runs; failed 1 of 4 evaluations"), text);
        assertTrue(text.contains("execution/drain"), text);
        assertTrue(text.contains("300 ms / 500 ms / 500 ms"), text);
        assertTrue(text.contains("passing median 44, 12% to spare: looks right"), text);
        assertTrue(text.contains("Rule: A threshold is judged by the median"), text);
    }

    @Test
    void insightsAsJson() throws IOException {
        assertEquals(0, run("audit", "insights", "--output", "json", "--audit-db", db()));

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(0.5, json.at("/mops/0/success_rate").asDouble(), 1e-9);
        assertEquals("looks loose", json.at("/thresholds/1/verdict").asText());
        assertEquals(1000, json.at("/steps/1/max_ms").asLong());
    }

    @Test
    void insightsForAnUnknownMopIsAUsageError() {
        assertEquals(2, run("audit", "insights", "--mop", "MOP-1", "--audit-db", db()));
        assertTrue(err.toString().contains("No runs of MOP 'MOP-1'"), err.toString());
    }

    private static String db() {
        return dir.resolve("audit").toString();
    }

    private int run(String... args) {
        CommandLine cmd = MopStudioCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }
}
