package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RunEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Two runs recorded once, read back many ways; tests here only read, except where noted. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditStoreRoundTripTest {

    @TempDir
    static Path dir;

    private AuditStore store;

    @BeforeAll
    void recordTwoRuns() {
        store = AuditStore.open(dir.resolve("audit"));
        SampleRuns.recordBoth(store.listener());
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void listsRunsNewestFirstWithOutcomeFromRunFinished() {
        List<RunSummary> runs = store.listRuns();

        assertEquals(List.of(SampleRuns.UNFINISHED_RUN, SampleRuns.ROLLED_BACK_RUN),
                runs.stream().map(RunSummary::runId).toList());
        RunSummary rolledBack = runs.get(1);
        assertEquals("MOP-284", rolledBack.mopId());
        assertEquals("DB connection pool recovery", rolledBack.mopName());
        assertEquals("1.2", rolledBack.mopVersion());
        assertEquals("sample-mops/MOP-284-db-connection-pool-recovery.yaml", rolledBack.mopFile());
        assertEquals("production", rolledBack.environment());
        assertFalse(rolledBack.demoEnvironment());
        assertEquals("alice", rolledBack.operator());
        assertEquals(Map.of("id", "INC-1234", "severity", "SEV2"), rolledBack.incident());
        assertEquals(SampleRuns.ROLLED_BACK_START, rolledBack.startedAt());
        assertEquals(Optional.of("ROLLED_BACK"), rolledBack.finalState());
        assertEquals(Optional.of(SampleRuns.ROLLED_BACK_DURATION), rolledBack.durationMillis());
        assertEquals(Optional.of(SampleRuns.ROLLED_BACK_START.plusMillis(SampleRuns.ROLLED_BACK_DURATION)),
                rolledBack.finishedAt());
    }

    @Test
    void runWithoutRunFinishedHasNoOutcome() {
        RunSummary unfinished = store.findRun(SampleRuns.UNFINISHED_RUN).orElseThrow();

        assertFalse(unfinished.finished());
        assertEquals(Optional.empty(), unfinished.finalState());
        assertEquals(Optional.empty(), unfinished.durationMillis());
        assertEquals(Optional.empty(), unfinished.finishedAt());
        assertTrue(unfinished.demoEnvironment());
        assertEquals("lab", unfinished.environment());
    }

    @Test
    void eventsComeBackInSeqOrderWithKindTimeAndIsoJson() {
        List<RunEvent> sent = SampleRuns.rolledBackRun();

        List<AuditEvent> stored = store.events(SampleRuns.ROLLED_BACK_RUN);

        assertEquals(sent.size(), stored.size());
        for (int i = 0; i < sent.size(); i++) {
            assertEquals(sent.get(i).seq(), stored.get(i).seq());
            assertEquals(sent.get(i).kind(), stored.get(i).kind());
            assertEquals(sent.get(i).time(), stored.get(i).time());
            assertEquals(SampleRuns.ROLLED_BACK_RUN, stored.get(i).runId());
        }
        String started = stored.get(0).json();
        assertTrue(started.contains("\"time\":\"2025-03-01T10:00:00Z\""), started);
        assertTrue(started.contains("\"mopText\":"), started);
        assertTrue(stored.get(4).json().contains("\"max_size\":40"), stored.get(4).json());
    }

    @Test
    void describesEachEventOnOneLine() {
        List<String> lines = store.events(SampleRuns.ROLLED_BACK_RUN).stream().map(AuditEvent::describe).toList();

        assertEquals("run_started MOP-284 v1.2 on production by alice", lines.get(0));
        assertEquals("phase_started PRE_CHECKS", lines.get(1));
        assertEquals("check_evaluated PRE_CHECK db_reachable tcp_connect PASS (observed connected, expected connected)",
                lines.get(2));
        assertEquals("snapshot_captured pool_config = {\"idle\":5,\"max_size\":40}", lines.get(4));
        assertEquals("step_started drain_connections http.post", lines.get(6));
        assertEquals("step_finished drain_connections SUCCEEDED (120 ms)", lines.get(7));
        assertEquals("step_started resize_pool http.put (attempt 2)", lines.get(8));
        assertEquals("step_finished resize_pool FAILED (29.8 s): HTTP 503 from db-proxy", lines.get(9));
        assertEquals("rollback_started: step resize_pool failed", lines.get(10));
        assertEquals("step_finished [rollback] restore_pool SUCCEEDED (58.0 s)", lines.get(13));
        assertEquals("run_finished ROLLED_BACK (1 min 35 s): Tried to grow the pool to 80; resize_pool failed "
                + "(HTTP 503), pool restored to 40.", lines.get(14));
    }

    @Test
    void findsRunByExactIdOrUniquePrefixOnly() {
        assertEquals(SampleRuns.ROLLED_BACK_RUN, store.findRun("7f3a").orElseThrow().runId());
        assertEquals(Optional.of("ROLLED_BACK"), store.findRun("7f3a").orElseThrow().finalState());
        assertEquals(Optional.empty(), store.findRun("7f3"), "prefix of both runs is ambiguous");
        assertEquals(Optional.empty(), store.findRun("nope"));
        assertEquals(Optional.empty(), store.findRun("7f3_"), "LIKE wildcards are matched literally");
        assertEquals(Optional.empty(), store.findRun(""));
    }

    @Test
    void keepsTheExactMopText() {
        assertEquals(Optional.of(SampleRuns.MOP_TEXT), store.mopText(SampleRuns.ROLLED_BACK_RUN));
    }

    @Test
    void refusesAnEventItCannotRecordSoTheRunStops(@TempDir Path own) {
        try (AuditStore writable = AuditStore.open(own.resolve("audit"))) {
            SampleRuns.recordBoth(writable.listener());
            RunEvent orphan = new PhaseStarted("never-started", 1, Instant.now(), Phase.PRE_CHECKS);
            RunEvent repeated = new PhaseStarted(SampleRuns.ROLLED_BACK_RUN, 2, Instant.now(), Phase.EXECUTING);

            AuditStoreException noRun =
                    assertThrows(AuditStoreException.class, () -> writable.listener().onEvent(orphan));
            AuditStoreException duplicate =
                    assertThrows(AuditStoreException.class, () -> writable.listener().onEvent(repeated));

            assertTrue(noRun.getMessage().contains("no run_started"), noRun.getMessage());
            assertTrue(duplicate.getMessage().contains("already recorded"), duplicate.getMessage());
            assertEquals(List.of(), writable.events("never-started"));
            assertEquals("phase_started PRE_CHECKS", writable.events(SampleRuns.ROLLED_BACK_RUN).get(1).describe());
            // The failed writes were rolled back; the store goes on recording.
            writable.listener().onEvent(
                    new PhaseStarted(SampleRuns.UNFINISHED_RUN, 6, Instant.now(), Phase.VALIDATING));
            assertEquals(6, writable.events(SampleRuns.UNFINISHED_RUN).size());
        }
    }
}
