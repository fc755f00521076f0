package io.mopstudio.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditViewModelTest {

    private final List<RunSummary> runs = new ArrayList<>();
    private final AuditViewModel audit = new AuditViewModel(() -> List.copyOf(runs),
            runId -> List.of(new AuditEvent(runId, 1, "run_started", Instant.parse("2026-01-01T12:00:00Z"),
                    "{\"mopId\":\"MOP-284\",\"mopVersion\":\"2.3.1\",\"environment\":\"demo\",\"operator\":\"alice\"}")),
            UiDispatch.inline());

    @Test
    void listsRunsAsTheStoreOrdersThemWithUnfinishedOnesSaidSo() {
        runs.add(run("R2", Optional.empty(), Optional.empty()));
        runs.add(run("R1", Optional.of("RESOLVED"), Optional.of(4200L)));
        audit.refresh();
        assertEquals(List.of("R2", "R1"), audit.rows().stream().map(AuditRunRow::runId).toList());
        AuditRunRow unfinished = audit.rows().get(0);
        assertEquals("UNFINISHED", unfinished.finalState());
        assertEquals("—", unfinished.duration());
        AuditRunRow resolved = audit.rows().get(1);
        assertEquals("RESOLVED", resolved.finalState());
        assertEquals("4.2 s", resolved.duration());
        assertEquals("MOP-284 v2.3.1 — Database Connection Pool Recovery", resolved.mop());
        assertEquals("demo (demo)", resolved.environment());
        assertEquals("2 runs recorded.", audit.messageProperty().get());
    }

    @Test
    void selectingARunShowsItsEventsInOrder() {
        runs.add(run("R1", Optional.of("RESOLVED"), Optional.of(10L)));
        audit.refresh();
        audit.selectedProperty().set(audit.rows().get(0));
        assertEquals(1, audit.events().size());
        assertEquals(1, audit.events().get(0).seq());
        assertTrue(audit.events().get(0).description().startsWith("run_started MOP-284"),
                audit.events().get(0).description());
    }

    @Test
    void refreshingKeepsTheSelection() {
        runs.add(run("R1", Optional.of("RESOLVED"), Optional.of(10L)));
        audit.refresh();
        audit.selectedProperty().set(audit.rows().get(0));
        runs.add(0, run("R2", Optional.empty(), Optional.empty()));
        audit.refresh();
        assertEquals("R1", audit.selectedProperty().get().runId());
    }

    @Test
    void anUnreadableStoreSaysWhy() {
        AuditViewModel broken = new AuditViewModel(() -> {
            throw new IllegalStateException("database is locked");
        }, runId -> List.of(), UiDispatch.inline());
        broken.refresh();
        assertEquals("Cannot read the audit: database is locked", broken.messageProperty().get());
        assertTrue(broken.rows().isEmpty());
    }

    private static RunSummary run(String id, Optional<String> state, Optional<Long> millis) {
        Instant start = Instant.parse("2026-01-01T12:00:00Z");
        return new RunSummary(id, "MOP-284", "Database Connection Pool Recovery", "2.3.1", "sha", "f.yaml", "demo",
                true, "alice", Map.of("affected_resource", "orders-db"), start,
                millis.map(start::plusMillis), state, millis);
    }
}
