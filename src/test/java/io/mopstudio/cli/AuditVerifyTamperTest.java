package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AdminTampering;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.SampleRuns;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * What an administrator can do with the audit's admin password, after dropping the append-only
 * triggers, and what {@code audit verify} then says: every column of one event changed in turn
 * (the columns read from the database, so a new one cannot be forgotten), every column of a seal,
 * an event deleted, two events swapped, a run's last events cut off. Each one exits 1 naming the
 * run, the seq, and what differs, in text and in JSON.
 */
class AuditVerifyTamperTest {

    private static final String RUN = SampleRuns.ROLLED_BACK_RUN;
    /** A step_started in the middle of the run (it has 15 events; 15 is run_finished). */
    private static final long SEQ = 9;

    @TempDir
    Path dir;
    private Path base;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /** What the last {@link #assertBroken} read from {@code audit verify} as text. */
    private String text = "";

    @BeforeEach
    void record() {
        base = dir.resolve("audit");
        try (AuditStore store = AuditStore.open(base)) {
            SampleRuns.recordBoth(store.listener());
        }
        assertEquals(0, verify(), out.toString());
        AdminTampering.execute(base, "DROP TRIGGER events_append_only", "DROP TRIGGER runs_append_only",
                "DROP TRIGGER seals_append_only");
    }

    @ParameterizedTest(name = "events.{0} of seq 9 changed")
    @MethodSource("eventColumns")
    void everyColumnOfAnEventChanged(String column, String type) throws IOException {
        tamper("UPDATE events SET " + column + " = " + changed("events", column, type) + " WHERE run_id = '" + RUN
                + "' AND seq = " + SEQ);

        assertBroken(SEQ, column.equals("RUN_ID") || column.equals("SEQ") ? "seq 9 is missing" : "seq 9 (");
    }

    @ParameterizedTest(name = "seals.{0} of run_finished changed")
    @MethodSource("sealColumns")
    void everyColumnOfASealChanged(String column, String type) throws IOException {
        tamper("UPDATE seals SET " + column + " = " + changed("seals", column, type) + " WHERE run_id = '" + RUN
                + "' AND seq = 15");

        assertBroken(column.equals("SEQ") ? 16 : 15, column.equals("RUN_ID") ? "has no seal" : "seal");
    }

    @Test
    void aDeletedEvent() throws IOException {
        tamper("DELETE FROM events WHERE run_id = '" + RUN + "' AND seq = " + SEQ);

        assertBroken(SEQ, "seq 9 is missing: the next stored event is seq 10 (a row was deleted)");
    }

    @Test
    void twoEventsSwappedByContent() throws IOException {
        String swap = "UPDATE events e SET (kind, time, json, prev_hash, hash) = (SELECT o.kind, o.time, o.json,"
                + " o.prev_hash, o.hash FROM events_copy o WHERE o.run_id = e.run_id AND o.seq = %d)"
                + " WHERE e.run_id = '" + RUN + "' AND e.seq = %d";
        tamper("CREATE TABLE events_copy AS SELECT * FROM events WHERE run_id = '" + RUN + "'",
                swap.formatted(10, 9), swap.formatted(9, 10));

        assertBroken(SEQ, "seq 9 (step_finished) links to previous hash");
    }

    @Test
    void twoEventsSwappedBySeq() throws IOException {
        String where = " WHERE run_id = '" + RUN + "' AND seq = ";
        tamper("UPDATE events SET seq = 1000" + where + 9, "UPDATE events SET seq = 9" + where + 10,
                "UPDATE events SET seq = 10" + where + 1000);

        assertBroken(SEQ, "seq 9 (step_finished) links to previous hash");
    }

    @ParameterizedTest(name = "the last {0} events cut off")
    @ValueSource(ints = {1, 3})
    void aTruncatedRun(int cut) throws IOException {
        tamper("DELETE FROM events WHERE run_id = '" + RUN + "' AND seq > " + (15 - cut));

        assertBroken(16 - cut, "the run was cut short: seq 15 was sealed with hash");
        assertTrue(text.contains("the stored events end at seq " + (15 - cut)), text);
    }

    @Test
    void aReviewCutOffAfterTheRunEndedShowsToo() throws IOException {
        assertEquals(0, run("audit", "review", RUN, "--as", "carol",
                "--note", "checked", "--audit-db", base.toString()));
        tamper("DELETE FROM events WHERE run_id = '" + RUN + "' AND seq = 16");

        assertBroken(16, "the run was cut short: seq 16 was sealed");
    }

    /** The other run is untouched and still verifies: the verdict is per run. */
    @Test
    void onlyTheTamperedRunIsBroken() throws IOException {
        tamper("DELETE FROM events WHERE run_id = '" + RUN + "' AND seq = 15");

        assertBroken(15, "cut short");
        assertTrue(text.contains(SampleRuns.UNFINISHED_RUN + "  intact"), text);
    }

    static Stream<Arguments> eventColumns() throws IOException {
        return columns("EVENTS");
    }

    static Stream<Arguments> sealColumns() throws IOException {
        return columns("SEALS");
    }

    /** The table's columns and types as the database reports them, from a fresh audit. */
    private static Stream<Arguments> columns(String table) throws IOException {
        Path scratch = Files.createTempDirectory("audit-columns");
        try (AuditStore store = AuditStore.open(scratch.resolve("audit"))) {
            SampleRuns.recordBoth(store.listener());
        }
        List<List<String>> columns = AdminTampering.query(scratch.resolve("audit"), "SELECT COLUMN_NAME, DATA_TYPE"
                + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION");
        assertFalse(columns.isEmpty(), "no columns read for " + table);
        return columns.stream().map(c -> Arguments.of(c.get(0), c.get(1)));
    }

    /**
     * An SQL expression for another value of the column. The run id can only point at another
     * recorded run (the foreign key); a new column type needs a case here, or the test fails.
     */
    private static String changed(String table, String column, String type) {
        if (column.equals("RUN_ID")) {
            return "'" + SampleRuns.UNFINISHED_RUN + "'";
        }
        return switch (type) {
            case "CHARACTER VARYING", "CHARACTER LARGE OBJECT" ->
                    "CONCAT(CASE WHEN LEFT(" + column + ", 1) = 'a' THEN 'b' ELSE 'a' END, SUBSTRING(" + column + ", 2))";
            case "BIGINT", "INTEGER" -> column + " + 1000";
            case "TIMESTAMP WITH TIME ZONE" -> "DATEADD(MILLISECOND, 1, " + column + ")";
            case "BOOLEAN" -> "NOT " + column;
            default -> throw new IllegalStateException("add how to change " + table + "." + column + " of type " + type);
        };
    }

    private void tamper(String... statements) {
        AdminTampering.execute(base, statements);
    }

    private void assertBroken(long seq, String differs) throws IOException {
        out.getBuffer().setLength(0);
        assertEquals(1, verify(), out.toString());
        assertTrue(out.toString().contains(RUN + "  BROKEN at seq " + seq + ": "), out.toString());
        assertTrue(out.toString().contains(differs), out.toString());
        text = out.toString();

        out.getBuffer().setLength(0);
        assertEquals(1, run("audit", "verify", "--output", "json", "--audit-db", base.toString()), err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertFalse(json.get("intact").asBoolean(), out.toString());
        JsonNode run = Stream.of(json.get("runs")).flatMap(a -> Stream.iterate(0, i -> i < a.size(), i -> i + 1)
                .map(a::get)).filter(r -> r.get("run_id").asText().equals(RUN)).findFirst().orElseThrow();
        assertEquals(Map.of("status", "BROKEN", "seq", seq), Map.of("status", run.get("status").asText(), "seq",
                run.get("broken_at_seq").asLong()), out.toString());
        assertTrue(run.get("problem").asText().contains(differs), out.toString());
    }

    private int verify() {
        return run("audit", "verify", "--audit-db", base.toString());
    }

    private int run(String... args) {
        CommandLine cmd = MopStudioCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }
}
