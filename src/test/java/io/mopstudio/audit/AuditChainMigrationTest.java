package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.RunReviewed;
import io.mopstudio.engine.event.RunStarted;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by the V1 code (a committed fixture) opens in this version and verifies honestly. */
class AuditChainMigrationTest {

    @TempDir
    Path dir;
    private Path base;

    @BeforeEach
    void copyFixture() throws IOException {
        for (String name : List.of("audit.mv.db", "audit-admin.properties")) {
            try (InputStream in = getClass().getResourceAsStream("/audit/v1-database/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        base = dir.resolve("audit");
    }

    @Test
    void oldRunsOpenAndAreNotChainedRatherThanBroken() {
        try (AuditStore store = AuditStore.openExisting(base)) {
            assertEquals(2, store.listRuns().size());
            assertEquals(SampleRuns.rolledBackRun().size(), store.events(SampleRuns.ROLLED_BACK_RUN).size());
            List<ChainVerdict> verdicts = store.verify(Optional.empty());

            assertEquals(2, verdicts.size());
            for (ChainVerdict verdict : verdicts) {
                assertEquals(ChainVerdict.Status.NOT_CHAINED, verdict.status(), verdict.describe());
                assertEquals("not chained (written before V2)", verdict.describe());
            }
        }
    }

    @Test
    void aReviewAppendedAfterTheUpgradeIsChainedFromThere() {
        try (AuditStore store = AuditStore.openExisting(base)) {
            store.listener().onEvent(new RunReviewed(SampleRuns.ROLLED_BACK_RUN, 16,
                    Instant.parse("2026-01-05T10:00:00Z"), "carol", "looked fine"));
            ChainVerdict verdict = store.verify(Optional.of(SampleRuns.ROLLED_BACK_RUN)).get(0);

            assertEquals(ChainVerdict.Status.NOT_CHAINED, verdict.status());
            assertTrue(verdict.describe().contains("1 events appended since are chained and intact"),
                    verdict.describe());
        }
    }

    @Test
    void anOldRunWhoseRowIsChangedIsStillCaught() {
        try (AuditStore store = AuditStore.openExisting(base)) {
            assertEquals(2, store.listRuns().size());
        }
        AdminTampering.dropTriggers(base);
        AdminTampering.execute(base, "UPDATE runs SET environment = 'lab' WHERE run_id = '"
                + SampleRuns.ROLLED_BACK_RUN + "'");

        try (AuditStore store = AuditStore.openExisting(base)) {
            ChainVerdict verdict = store.verify(Optional.of(SampleRuns.ROLLED_BACK_RUN)).get(0);
            assertEquals(ChainVerdict.Status.BROKEN, verdict.status());
            assertTrue(verdict.problem().contains("environment"), verdict.problem());
        }
    }

    @Test
    void runsRecordedAfterTheUpgradeAreChained() {
        try (AuditStore store = AuditStore.openExisting(base)) {
            store.listener().onEvent(renamed((RunStarted) SampleRuns.rolledBackRun().get(0)));
            store.listener().onEvent(new RunReviewed("R-NEW", 2, Instant.parse("2026-01-05T10:00:00Z"), "carol", ""));
            ChainVerdict verdict = store.verify(Optional.of("R-NEW")).get(0);

            assertEquals(ChainVerdict.Status.INTACT, verdict.status(), verdict.describe());
        }
    }

    private static RunStarted renamed(RunStarted s) {
        return new RunStarted("R-NEW", 1, s.time(), s.mopId(), s.mopName(),
                s.mopVersion(), s.mopFile(), s.mopSha256(), s.mopText(), s.environment(), s.demoEnvironment(),
                s.incident(), s.operator(), s.mode(), s.process());
    }
}
