package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.SampleRuns;
import io.mopstudio.engine.event.RunEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditShowCommandTest {

    @TempDir
    static Path recorded;

    @TempDir
    Path scratch;

    private static String db() {
        return recorded.resolve("audit").toString();
    }

    @BeforeAll
    static void recordTwoRuns() {
        try (AuditStore store = AuditStore.open(recorded.resolve("audit"))) {
            SampleRuns.recordBoth(store.listener());
        }
    }

    @Test
    void textShowsTheHeaderThenEveryEventInOrder() {
        AuditCommandTest.Run run = AuditCommandTest.audit("show", SampleRuns.ROLLED_BACK_RUN, "--audit-db", db());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Run          " + SampleRuns.ROLLED_BACK_RUN, lines.get(0));
        assertTrue(run.out().contains("MOP          MOP-284 \"DB connection pool recovery\" v1.2"), run.out());
        assertTrue(run.out().contains("Environment  production\n"), run.out());
        assertTrue(run.out().contains("Operator     alice"), run.out());
        assertTrue(run.out().contains("Incident     id=INC-1234, severity=SEV2"), run.out());
        assertTrue(run.out().contains("State        ROLLED_BACK after 1 min 35 s"), run.out());

        List<RunEvent> sent = SampleRuns.rolledBackRun();
        int table = lines.indexOf(lines.stream().filter(line -> line.matches(" *SEQ +TIME +EVENT")).findFirst()
                .orElseThrow());
        List<String> eventLines = lines.subList(table + 1, lines.size());
        assertEquals(sent.size(), eventLines.size());
        for (int i = 0; i < sent.size(); i++) {
            String[] columns = eventLines.get(i).strip().split(" +", 3);
            assertEquals(String.valueOf(sent.get(i).seq()), columns[0]);
            assertTrue(columns[1].matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}"), columns[1]);
            assertTrue(columns[2].startsWith(sent.get(i).kind()), columns[2]);
        }
        assertEquals("step_finished drain_connections SUCCEEDED (120 ms)", eventLines.get(7).strip().split(" +", 3)[2]);
    }

    @Test
    void anUnfinishedRunSaysSoAndAUniquePrefixIsEnough() {
        AuditCommandTest.Run run = AuditCommandTest.audit("show", "7f3b", "--audit-db", db());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Run          " + SampleRuns.UNFINISHED_RUN), run.out());
        assertTrue(run.out().contains("State        UNFINISHED"), run.out());
        assertTrue(run.out().contains("Environment  lab (demo)"), run.out());
    }

    @Test
    void jsonHasTheRunAndItsEventsInOrder() throws IOException {
        AuditCommandTest.Run run = AuditCommandTest.audit("show", SampleRuns.ROLLED_BACK_RUN, "--output", "json", "--audit-db", db());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode shown = new ObjectMapper().readTree(run.out());
        assertEquals("ROLLED_BACK", shown.at("/run/final_state").asText());
        assertEquals(SampleRuns.ROLLED_BACK_DURATION, shown.at("/run/duration_ms").asLong());
        assertEquals("INC-1234", shown.at("/run/incident/id").asText());
        JsonNode events = shown.get("events");
        assertEquals(SampleRuns.rolledBackRun().size(), events.size());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).get("seq").asLong());
        }
        assertEquals("MOP-284", events.get(0).at("/event/mopId").asText());
        assertEquals("run_finished", events.get(events.size() - 1).get("kind").asText());
    }

    @Test
    void aPrefixOfTwoRunIdsNamesBothInsteadOfSayingThereIsNone() {
        AuditCommandTest.Run run = AuditCommandTest.audit("show", "7f3", "--audit-db", db());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("'7f3' is the start of more than one run id in "), run.err());
        assertTrue(run.err().contains("(" + SampleRuns.ROLLED_BACK_RUN + ", " + SampleRuns.UNFINISHED_RUN
                + "): give more of the id."), run.err());
    }

    @Test
    void anUnknownRunIsBadInput() {
        AuditCommandTest.Run run = AuditCommandTest.audit("show", "no-such-run", "--audit-db", db());

        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("No run with id (or unique id prefix) 'no-such-run'"), run.err());
    }

    @Test
    void aGarbageOrMissingDatabaseIsBadInputWithAPlainMessage() throws IOException {
        Path garbage = Files.writeString(scratch.resolve("audit.mv.db"), "PK\u0003\u0004 a zip, not H2");

        AuditCommandTest.Run damaged = AuditCommandTest.audit("show", "anything", "--audit-db", garbage.toString());
        AuditCommandTest.Run missing = AuditCommandTest.audit("show", "anything", "--audit-db", scratch.resolve("none").toString());

        assertEquals(2, damaged.exitCode());
        assertEquals(garbage + " is not an audit database: it is not an H2 database file.", damaged.err().strip());
        assertEquals(2, missing.exitCode());
        assertEquals("No audit database at " + scratch.resolve("none.mv.db") + ".", missing.err().strip());
        assertFalse(damaged.hasStackTrace() || missing.hasStackTrace());
    }
}
