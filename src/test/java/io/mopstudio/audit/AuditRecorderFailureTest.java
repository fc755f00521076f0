package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the recorder does when an event cannot be written, and which failures mean "connect again". */
class AuditRecorderFailureTest {

    @TempDir
    Path dir;

    @Test
    void afterAnEventFailsTheRunsLaterEventsAreRefusedSoTheChainHasNoHole() {
        List<RunEvent> run = SampleRuns.rolledBackRun();
        try (AuditStore store = AuditStore.open(dir.resolve("audit"))) {
            RunListener recorder = store.listener();
            recorder.onEvent(run.get(0));
            recorder.onEvent(run.get(1));
            // The same seq again: the store refuses it (duplicate key), as it would any failed write.
            AuditStoreException failed = assertThrows(AuditStoreException.class, () -> recorder.onEvent(run.get(1)));
            assertTrue(failed.getMessage().contains("already recorded"), failed.getMessage());

            AuditStoreException refused = assertThrows(AuditStoreException.class, () -> recorder.onEvent(run.get(2)));
            assertTrue(refused.getMessage().contains("an earlier event of this run could not be recorded"),
                    refused.getMessage());
            assertEquals(2, store.events(SampleRuns.ROLLED_BACK_RUN).size());
            ChainVerdict verdict = store.verify(Optional.of(SampleRuns.ROLLED_BACK_RUN)).get(0);
            assertEquals(ChainVerdict.Status.INTACT, verdict.status(), verdict.problem());

            // Another run on the same store is unaffected.
            SampleRuns.unfinishedRun().forEach(recorder::onEvent);
            assertFalse(store.events(SampleRuns.UNFINISHED_RUN).isEmpty());
        }
    }

    @Test
    void aStoreClosedUnderATransactionByTheServingProcessCountsAsABrokenConnection() {
        // The message H2 2.3 gives over AUTO_SERVER's link when the serving process closes the file mid-transaction.
        assertTrue(AppConnection.broken(new SQLException("General error: \"org.h2.mvstore.MVStoreException: "
                + "Transaction 1 is closed [2.3.232/4]\" [50000-232]", "HY000", 50000)));
        assertTrue(AppConnection.broken(new SQLException("Connection is broken: \"session closed\"", "08006", 90067)));
        assertFalse(AppConnection.broken(new SQLException("General error: \"java.lang.IllegalStateException: "
                + "File corrupted in chunk 1 [2.3.232/6]\" [50000-232]", "HY000", 50000)));
        assertFalse(AppConnection.broken(new SQLException("Unique index or primary key violation", "23505", 23505)));
    }
}
