package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.RunReviewed;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run's events form a hash chain from the MOP's hash; an admin who drops the triggers and
 * changes, deletes or inserts a row, or swaps the MOP text, is named by run and seq.
 */
class AuditChainTest {

    private static final String RUN = SampleRuns.ROLLED_BACK_RUN;
    private static final String OTHER = SampleRuns.UNFINISHED_RUN;

    @TempDir
    Path dir;
    private Path base;

    @BeforeEach
    void record() {
        base = dir.resolve("audit");
        try (AuditStore store = AuditStore.open(base)) {
            SampleRuns.recordBoth(store.listener());
        }
    }

    @Test
    void freshRunsAreIntactWithTheirHead() {
        List<ChainVerdict> verdicts = verify(Optional.empty());

        assertEquals(2, verdicts.size());
        verdicts.forEach(v -> assertEquals(ChainVerdict.Status.INTACT, v.status(), v.describe()));
        ChainVerdict rolledBack = verdicts.stream().filter(v -> v.runId().equals(RUN)).findFirst().orElseThrow();
        assertEquals(SampleRuns.rolledBackRun().size(), rolledBack.events());
        assertEquals(64, rolledBack.head().orElseThrow().length());
    }

    @Test
    void eventsAppendedLaterExtendTheChain() {
        String before = verdict(RUN).head().orElseThrow();
        try (AuditStore store = AuditStore.open(base)) {
            store.listener().onEvent(new RunReviewed(RUN, 16, Instant.parse("2025-03-03T09:00:00Z"), "carol", "ok"));
        }

        ChainVerdict after = verdict(RUN);
        assertEquals(ChainVerdict.Status.INTACT, after.status(), after.describe());
        assertTrue(!after.head().orElseThrow().equals(before));
    }

    @Test
    void anUpdatedEventIsNamedByRunAndSeq() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "UPDATE events SET json = REPLACE(json, 'HTTP 503', 'HTTP 200') "
                + "WHERE run_id = '" + RUN + "' AND seq = 10");

        ChainVerdict broken = verdict(RUN);
        assertEquals(ChainVerdict.Status.BROKEN, broken.status());
        assertEquals(Optional.of(10L), broken.brokenAt());
        assertTrue(broken.problem().contains("does not match its hash"), broken.problem());
        assertEquals(ChainVerdict.Status.INTACT, verdict(OTHER).status(), "the other run is untouched");
    }

    @Test
    void anEarlierTimeIsAChangeToo() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "UPDATE events SET time = time - INTERVAL '1' HOUR "
                + "WHERE run_id = '" + RUN + "' AND seq = 7");

        assertEquals(Optional.of(7L), verdict(RUN).brokenAt());
    }

    @Test
    void aDeletedEventIsAMissingSeq() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "DELETE FROM events WHERE run_id = '" + RUN + "' AND seq = 5");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(5L), broken.brokenAt());
        assertTrue(broken.problem().contains("seq 5 is missing"), broken.problem());
    }

    @Test
    void aDeletedAndRenumberedEventBreaksTheLink() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base,
                "DELETE FROM events WHERE run_id = '" + RUN + "' AND seq = 14",
                "UPDATE events SET seq = 14 WHERE run_id = '" + RUN + "' AND seq = 15");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(14L), broken.brokenAt());
        assertTrue(broken.problem().contains("links to previous hash"), broken.problem());
    }

    @Test
    void anInsertedEventDoesNotLinkIn() {
        AdminTampering.execute(base, "INSERT INTO events (run_id, seq, kind, time, json, prev_hash, hash) "
                + "SELECT run_id, 16, 'run_reviewed', time, '{\"reviewer\":\"mallory\"}', hash, hash "
                + "FROM events WHERE run_id = '" + RUN + "' AND seq = 15");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(16L), broken.brokenAt());
        assertTrue(broken.problem().startsWith("seq 16 (run_reviewed) does not match its hash"), broken.problem());
    }

    @Test
    void anInsertedEventWithoutHashIsBrokenNotOld() {
        AdminTampering.execute(base, "INSERT INTO events (run_id, seq, kind, time, json) "
                + "VALUES ('" + RUN + "', 16, 'run_reviewed', CURRENT_TIMESTAMP, '{}')");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(16L), broken.brokenAt());
        assertTrue(broken.problem().contains("has no hash"), broken.problem());
    }

    @Test
    void aChangedMopTextIsNamed() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "UPDATE runs SET mop_text = 'id: MOP-284\nname: something else\n' "
                + "WHERE run_id = '" + RUN + "'");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(1L), broken.brokenAt());
        assertTrue(broken.problem().contains("mop_text"), broken.problem());
    }

    @Test
    void aMopTextAndEventChangedTogetherStillBreakTheChain() {
        AdminTampering.dropTriggers(base);
        String sql = "REPLACE(%s, 'DB connection pool recovery', 'Harmless')";
        AdminTampering.execute(base,
                "UPDATE runs SET mop_text = " + sql.formatted("mop_text") + ", mop_name = "
                        + sql.formatted("mop_name") + " WHERE run_id = '" + RUN + "'",
                "UPDATE events SET json = " + sql.formatted("json") + " WHERE run_id = '" + RUN + "' AND seq = 1");

        ChainVerdict broken = verdict(RUN);
        assertEquals(Optional.of(1L), broken.brokenAt());
        assertTrue(broken.problem().contains("hash"), broken.problem());
    }

    @Test
    void aChangedOperatorInTheRunsRowIsNamed() {
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "UPDATE runs SET operator = 'mallory' WHERE run_id = '" + RUN + "'");

        ChainVerdict broken = verdict(RUN);
        assertTrue(broken.problem().contains("operator is 'mallory' but run_started recorded 'alice'"),
                broken.problem());
    }

    private ChainVerdict verdict(String runId) {
        List<ChainVerdict> verdicts = verify(Optional.of(runId));
        assertEquals(1, verdicts.size());
        return verdicts.get(0);
    }

    private List<ChainVerdict> verify(Optional<String> runId) {
        try (AuditStore store = AuditStore.openExisting(base)) {
            return store.verify(runId);
        }
    }
}
