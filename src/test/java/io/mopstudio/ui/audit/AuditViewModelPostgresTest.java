package io.mopstudio.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditTarget;
import io.mopstudio.audit.InsightRuns;
import io.mopstudio.audit.LocalPostgres;
import io.mopstudio.audit.ServerLogins;
import io.mopstudio.ui.canvas.RankLayout;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Audit tab's view-model on a shared PostgreSQL audit, a real local server: the runs table's
 * paging, filters and chain marks are SQL, and must mean the same there as on H2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditViewModelPostgresTest {

    private static final ServerLogins LOGINS = new ServerLogins(new ServerLogins.Login("mop_app", "app-secret"),
            Optional.of(new ServerLogins.Login("mop_owner", "owner-secret")));

    private LocalPostgres server;
    private AuditStore store;
    private AuditViewModel audit;

    @BeforeAll
    void startServer() throws Exception {
        server = LocalPostgres.start();
        server.superuser("postgres", "CREATE ROLE mop_owner LOGIN CREATEROLE PASSWORD 'owner-secret'",
                "CREATE ROLE mop_app LOGIN PASSWORD 'app-secret'", "CREATE DATABASE audit OWNER mop_owner");
        store = AuditStore.open(new AuditTarget.Server(server.url("audit"), LOGINS));
        InsightRuns.all().forEach(run -> run.forEach(store.listener()::onEvent));
        audit = new AuditViewModel(AuditSource.of(() -> store),
                graph -> CompletableFuture.completedFuture(RankLayout.layout(graph, "rank layout in tests")),
                UiDispatch.inline(), ZoneOffset.UTC);
        audit.refresh();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsRunsNewestFirstVerifiedWithTheirStates() {
        filter(RunFilter.ALL);

        assertEquals(List.of("R5", "R4", "R3", "R2", "R1"), ids());
        assertTrue(audit.rows().stream().allMatch(r -> r.chain().equals(AuditRunRow.VERIFIED)), audit.rows().toString());
        assertEquals("5 of 5 runs shown.", audit.messageProperty().get());
        assertEquals(List.of("", "ABORTED", "PLANNED", "RESOLVED", "ROLLED_BACK"), audit.choices().states());
        assertEquals(List.of("", "production", "staging"), audit.choices().environments());
    }

    @Test
    void filtersInSqlMeanWhatTheyMeanOnH2() {
        filter(new RunFilter("", "production", "RESOLVED", "", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of("R1"), ids());
        filter(new RunFilter("MOP-900", "", "", "bob", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of("R2"), ids());
        filter(new RunFilter("", "", "", "", Optional.empty(), Optional.empty(), "INC-R3"));
        assertEquals(List.of("R3"), ids());
        LocalDate day = LocalDate.of(2026, 2, 1);
        filter(new RunFilter("", "", "", "", Optional.of(day.plusDays(1)), Optional.empty(), ""));
        assertEquals(List.of(), ids());
        filter(new RunFilter("", "", "", "", Optional.of(day), Optional.of(day), ""));
        assertEquals(5, ids().size());
    }

    private void filter(RunFilter filter) {
        audit.filterProperty().set(filter);
        audit.refresh();
    }

    private List<String> ids() {
        return audit.rows().stream().map(AuditRunRow::runId).toList();
    }
}
