package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeState;
import io.mopstudio.ui.canvas.NodeStatus;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds realistic event streams (as the demo lab's scenarios produce them) through the engine listener. */
class RunViewModelTest {

    private final RunViewModel run = new RunViewModel(UiDispatch.inline());

    @BeforeEach
    void loadSample() {
        run.prepare(Fixtures.sampleMop());
    }

    @Test
    void everyNodeStartsPending() {
        assertEquals(9, run.nodes().size(), "3 pre-checks, 3 steps, 1 rollback step, 2 validation checks");
        assertTrue(run.nodes().values().stream().allMatch(s -> s.status() == NodeStatus.PENDING));
        assertEquals(Optional.empty(), run.getFinalState());
        assertFalse(run.rollbackActiveProperty().get());
    }

    @Test
    void ordersDbRecoveryResolves() {
        RunEvents events = preamble("orders-db")
                .phase(Phase.EXECUTING)
                .step(GraphKind.EXECUTION, "drain_connections", StepStatus.SUCCEEDED, "POST .../drain -> 200")
                .step(GraphKind.EXECUTION, "restart_conn_manager", StepStatus.SUCCEEDED, "")
                .startedOnly(GraphKind.EXECUTION, "reset_pool");
        events.list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.RUNNING, run.status(step("reset_pool")));
        assertEquals("executing", run.phaseProperty().get());
        assertTrue(run.runningProperty().get());

        RunEvents rest = new RunEvents();
        rest.finished(GraphKind.EXECUTION, "reset_pool", StepStatus.SUCCEEDED, "")
                .phase(Phase.VALIDATING)
                .check(CheckPhase.VALIDATION, "connection_wait_time", CheckOutcome.FAIL, "232.1", "<= 50")
                .check(CheckPhase.VALIDATION, "service_health_probe", CheckOutcome.PASS, "HTTP 200", "HTTP 200");
        rest.list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.RUNNING, run.status(NodeKey.validation("connection_wait_time")),
                "a failing sample while validation goes on: not failed yet, it may still clear");
        assertEquals("not yet: 232.1 vs <= 50", run.state(NodeKey.validation("connection_wait_time")).detail());

        new RunEvents()
                .check(CheckPhase.VALIDATION, "connection_wait_time", CheckOutcome.PASS, "8", "<= 50")
                .finish(FinalState.RESOLVED, "RESOLVED: MOP-284 on demo\nResolved: every validation check held for 3s")
                .list().forEach(run.listener()::onEvent);

        assertEquals(NodeStatus.SUCCEEDED, run.status(step("drain_connections")));
        assertEquals(NodeStatus.SUCCEEDED, run.status(step("restart_conn_manager")));
        assertEquals(NodeStatus.SUCCEEDED, run.status(step("reset_pool")));
        assertEquals(NodeStatus.PASSED, run.status(NodeKey.validation("connection_wait_time")), "the latest sample");
        assertEquals("8 vs <= 50", run.state(NodeKey.validation("connection_wait_time")).detail());
        assertEquals(NodeStatus.PASSED, run.status(NodeKey.preCheck("service_state")));
        assertEquals(NodeStatus.SKIPPED, run.status(NodeKey.step(GraphKind.ROLLBACK, "restore_pool_config")),
                "the rollback never ran");
        assertEquals(Optional.of(FinalState.RESOLVED), run.getFinalState());
        assertEquals("finished", run.phaseProperty().get());
        assertTrue(run.summaryProperty().get().startsWith("RESOLVED: MOP-284"));
        assertEquals("4.2 s", run.elapsedProperty().get());
        assertEquals(RunEvents.RUN_ID, run.runIdProperty().get());
        assertFalse(run.rollbackActiveProperty().get());
        assertTrue(run.demoProperty().get());
    }

    @Test
    void aCheckStillFailingWhenValidationGivesUpIsTheFailedOne() {
        new RunEvents().started("ledger-db").phase(Phase.VALIDATING)
                .sample("connection_wait_time", CheckOutcome.FAIL, "180", "<= 50")
                .sample("connection_wait_time", CheckOutcome.FAIL, "240", "<= 50")
                .list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.RUNNING, run.status(NodeKey.validation("connection_wait_time")));

        new RunEvents().rollback("connection_wait_time is worse than before").list().forEach(run.listener()::onEvent);

        assertEquals(NodeStatus.FAILED, run.status(NodeKey.validation("connection_wait_time")));
        assertEquals("240 vs <= 50", run.state(NodeKey.validation("connection_wait_time")).detail());
        assertEquals(new NodeState(NodeStatus.CANCELLED, "validation stopped: rolling back"),
                run.state(NodeKey.validation("service_health_probe")), "never sampled: stopped, not judged");
    }

    @Test
    void searchDbFailedRestartRollsBack() {
        preamble("search-db")
                .phase(Phase.EXECUTING)
                .step(GraphKind.EXECUTION, "drain_connections", StepStatus.SUCCEEDED, "")
                .step(GraphKind.EXECUTION, "restart_conn_manager", StepStatus.FAILED, "POST ... -> 500 (expected 200)")
                .finished(GraphKind.EXECUTION, "reset_pool", StepStatus.SKIPPED, "skipped: restart_conn_manager failed")
                .rollback("step restart_conn_manager failed: POST ... -> 500 (expected 200)")
                .phase(Phase.ROLLING_BACK)
                .step(GraphKind.ROLLBACK, "restore_pool_config", StepStatus.SUCCEEDED, "PUT ... -> 200")
                .finish(FinalState.ROLLED_BACK, "ROLLED_BACK: ...")
                .list().forEach(run.listener()::onEvent);

        assertTrue(run.rollbackActiveProperty().get());
        assertEquals(NodeStatus.SUCCEEDED, run.status(step("drain_connections")));
        assertEquals(NodeStatus.FAILED, run.status(step("restart_conn_manager")));
        assertTrue(run.state(step("restart_conn_manager")).detail().contains("500"));
        assertEquals(NodeStatus.SKIPPED, run.status(step("reset_pool")));
        assertEquals(NodeStatus.ROLLED_BACK, run.status(NodeKey.step(GraphKind.ROLLBACK, "restore_pool_config")));
        assertEquals(Optional.of(FinalState.ROLLED_BACK), run.getFinalState());
    }

    @Test
    void billingDbFailedPreCheckAbortsBeforeAnyStep() {
        new RunEvents().started("billing-db").phase(Phase.PRE_CHECKS)
                .check(CheckPhase.PRE_CHECK, "service_state", CheckOutcome.FAIL, "failed", "= degraded")
                .finish(FinalState.ABORTED, "ABORTED: ...")
                .list().forEach(run.listener()::onEvent);

        assertEquals(NodeStatus.FAILED, run.status(NodeKey.preCheck("service_state")));
        assertEquals(NodeStatus.SKIPPED, run.status(NodeKey.preCheck("replica_healthy")));
        assertEquals("not run", run.state(step("drain_connections")).detail());
        assertEquals(Optional.of(FinalState.ABORTED), run.getFinalState());
    }

    @Test
    void warnOnlyPreCheckWarns() {
        new RunEvents().started("orders-db").phase(Phase.PRE_CHECKS)
                .check(CheckPhase.PRE_CHECK, "no_active_writes", CheckOutcome.WARN, "3", "<= 0")
                .list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.WARNED, run.status(NodeKey.preCheck("no_active_writes")));
    }

    @Test
    void baselineSamplesAreShownButDoNotJudge() {
        preamble("orders-db").list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.PENDING, run.status(NodeKey.validation("connection_wait_time")));
        assertEquals("before: 240 vs <= 50", run.state(NodeKey.validation("connection_wait_time")).detail());
    }

    @Test
    void cancelledRunLeavesNothingRunning() {
        preamble("orders-db").phase(Phase.EXECUTING)
                .startedOnly(GraphKind.EXECUTION, "drain_connections")
                .finish(FinalState.CANCELLED, "CANCELLED: ...")
                .list().forEach(run.listener()::onEvent);
        assertEquals(NodeStatus.CANCELLED, run.status(step("drain_connections")));
        assertTrue(run.nodes().values().stream().noneMatch(s -> s.status() == NodeStatus.RUNNING));
    }

    @Test
    void logHasOneTimedLinePerEvent() {
        preamble("orders-db").list().forEach(run.listener()::onEvent);
        assertEquals(7, run.log().size());
        assertTrue(run.log().get(0).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  Run R.* started: MOP-284 v2.3.1 on demo.*"),
                run.log().get(0));
        assertTrue(run.log().get(2).endsWith("Pre-check service_state PASS: observed degraded, expected = degraded"));
    }

    @Test
    void elapsedTicksWhileRunning() {
        new RunEvents().started("orders-db").list().forEach(run.listener()::onEvent);
        run.tick(Instant.parse("2026-01-01T12:00:02.500Z"));
        assertEquals("2.5 s", run.elapsedProperty().get());
    }

    @Test
    void preparingForAnotherRunClearsTheLastOne() {
        preamble("orders-db").rollback("why").finish(FinalState.ROLLED_BACK, "x").list()
                .forEach(run.listener()::onEvent);
        run.prepare(Fixtures.sampleMop());
        assertFalse(run.rollbackActiveProperty().get());
        assertEquals(Optional.empty(), run.getFinalState());
        assertTrue(run.log().isEmpty());
        assertEquals(NodeStatus.PENDING, run.status(step("drain_connections")));
    }

    private static RunEvents preamble(String resource) {
        return new RunEvents().started(resource)
                .phase(Phase.PRE_CHECKS)
                .check(CheckPhase.PRE_CHECK, "service_state", CheckOutcome.PASS, "degraded", "= degraded")
                .check(CheckPhase.PRE_CHECK, "replica_healthy", CheckOutcome.PASS, "HTTP 200", "HTTP 200")
                .check(CheckPhase.PRE_CHECK, "no_active_writes", CheckOutcome.PASS, "0", "<= 0")
                .check(CheckPhase.BASELINE, "connection_wait_time", CheckOutcome.FAIL, "240", "<= 50")
                .snapshot("pool_config");
    }

    private static NodeKey step(String id) {
        return NodeKey.step(GraphKind.EXECUTION, id);
    }
}
