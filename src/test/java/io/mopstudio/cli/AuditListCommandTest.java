package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.SampleRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditListCommandTest {

    @TempDir
    static Path recorded;

    @TempDir
    Path scratch;

    @BeforeAll
    static void recordTwoRuns() {
        try (AuditStore store = AuditStore.open(recorded.resolve("audit"))) {
            SampleRuns.recordBoth(store.listener());
        }
    }

    @Test
    void textIsAnAlignedTableNewestFirst() {
        AuditCommandTest.Run run = AuditCommandTest.audit("list", "--audit-db", recorded.resolve("audit").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        String header = lines.get(0);
        assertTrue(header.matches("RUN ID +STARTED +MOP +ENV +STATE +DURATION"), header);
        assertTrue(lines.get(1).startsWith(SampleRuns.UNFINISHED_RUN), lines.get(1));
        assertTrue(lines.get(2).startsWith(SampleRuns.ROLLED_BACK_RUN), lines.get(2));
        int state = header.indexOf("STATE");
        assertEquals("UNFINISHED", lines.get(1).substring(state).split(" ")[0]);
        assertEquals("ROLLED_BACK", lines.get(2).substring(state).split(" ")[0]);
        assertEquals("MOP-284", lines.get(2).substring(header.indexOf("MOP")).split(" ")[0]);
        assertEquals("lab (demo)", lines.get(1).substring(header.indexOf("ENV"), state).strip());
        assertEquals("1 min 35 s", lines.get(2).substring(header.indexOf("DURATION")));
        assertEquals("-", lines.get(1).substring(header.indexOf("DURATION")));
    }

    @Test
    void jsonIsAnArrayOfRunsWithNullStateWhenUnfinished() throws IOException {
        AuditCommandTest.Run run = AuditCommandTest.audit("list", "--output", "json", "--audit-db", recorded.resolve("audit").toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode runs = new ObjectMapper().readTree(run.out());
        assertEquals(2, runs.size());
        JsonNode unfinished = runs.get(0);
        assertEquals(SampleRuns.UNFINISHED_RUN, unfinished.get("run_id").asText());
        assertTrue(unfinished.get("final_state").isNull());
        assertTrue(unfinished.get("duration_ms").isNull());
        JsonNode rolledBack = runs.get(1);
        assertEquals("MOP-284", rolledBack.get("mop_id").asText());
        assertEquals("DB connection pool recovery", rolledBack.get("mop_name").asText());
        assertEquals("production", rolledBack.get("environment").asText());
        assertEquals("alice", rolledBack.get("operator").asText());
        assertEquals("2025-03-01T10:00:00Z", rolledBack.get("started_at").asText());
        assertEquals("ROLLED_BACK", rolledBack.get("final_state").asText());
        assertEquals(SampleRuns.ROLLED_BACK_DURATION, rolledBack.get("duration_ms").asLong());
    }

    @Test
    void anEmptyOrAbsentAuditIsAFriendlyLine() throws IOException {
        AuditStore.open(scratch.resolve("empty")).close();

        AuditCommandTest.Run empty = AuditCommandTest.audit("list", "--audit-db", scratch.resolve("empty").toString());
        AuditCommandTest.Run absent = AuditCommandTest.audit("list", "--audit-db", scratch.resolve("never").toString());
        AuditCommandTest.Run emptyJson = AuditCommandTest.audit("list", "--output", "json", "--audit-db",
                scratch.resolve("empty").toString());

        assertEquals(0, empty.exitCode());
        assertTrue(empty.out().startsWith("No runs recorded yet"), empty.out());
        assertEquals(0, absent.exitCode());
        assertTrue(absent.out().startsWith("No audit database at " + scratch.resolve("never")), absent.out());
        assertTrue(absent.out().contains("--audit-db"), "a mistyped path is named as a possible cause: " + absent.out());
        assertFalse(Files.exists(scratch.resolve("never.mv.db")), "listing must not create a database");
        assertEquals(0, new ObjectMapper().readTree(emptyJson.out()).size());
    }

    @Test
    void aGarbageFileIsBadInputWithAPlainMessage() throws IOException {
        Path garbage = Files.writeString(scratch.resolve("garbage.db"), "definitely not H2\n".repeat(50));
        Path fakeH2 = Files.writeString(scratch.resolve("fake.mv.db"), "definitely not H2\n".repeat(50));

        AuditCommandTest.Run plain = AuditCommandTest.audit("list", "--audit-db", garbage.toString());
        AuditCommandTest.Run named = AuditCommandTest.audit("list", "--audit-db", fakeH2.toString());

        assertEquals(2, plain.exitCode());
        assertEquals(garbage + " is not an audit database (an audit database is a .mv.db file; give its path, "
                + "or its path without the extension).", plain.err().strip());
        assertEquals(2, named.exitCode());
        assertEquals(fakeH2 + " is not an audit database: it is not an H2 database file.", named.err().strip());
        assertFalse(plain.hasStackTrace() || named.hasStackTrace());
        assertEquals("", plain.out() + named.out());
    }

    @Test
    void anUnknownOutputFormatIsAUsageError() {
        AuditCommandTest.Run run = AuditCommandTest.audit("list", "--output", "xml", "--audit-db", recorded.resolve("audit").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected text or json, got 'xml'"), run.err());
    }
}
