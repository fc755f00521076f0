package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.OperatorIntervened.Action;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeStatus;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every step event and intervention lands on the right node colour, with the detail the node shows. */
class NodeStatusMappingTest {

    private static final NodeKey DRAIN = NodeKey.step(GraphKind.EXECUTION, "drain_connections");
    private static final NodeKey RESTART = NodeKey.step(GraphKind.EXECUTION, "restart_conn_manager");
    private static final NodeKey RESTORE = NodeKey.step(GraphKind.ROLLBACK, "restore_pool_config");

    private final RunViewModel run = new RunViewModel(UiDispatch.inline());

    @BeforeEach
    void loadSample() {
        run.prepare(Fixtures.sampleMop());
    }

    @ParameterizedTest
    @CsvSource({
        "EXECUTION, SUCCEEDED, SUCCEEDED",
        "EXECUTION, FAILED, FAILED",
        "EXECUTION, TIMED_OUT, TIMED_OUT",
        "EXECUTION, SKIPPED, SKIPPED",
        "EXECUTION, CANCELLED, CANCELLED",
        "ROLLBACK, SUCCEEDED, ROLLED_BACK",
        "ROLLBACK, FAILED, FAILED",
        "ROLLBACK, TIMED_OUT, TIMED_OUT",
        "ROLLBACK, SKIPPED, SKIPPED",
    })
    void eachFinalStepStatusHasItsOwnColour(GraphKind graph, StepStatus status, NodeStatus shown) {
        String id = graph == GraphKind.EXECUTION ? "drain_connections" : "restore_pool_config";
        new RunEvents().started("orders-db").step(graph, id, status, "because").list().forEach(run::apply);
        NodeKey key = NodeKey.step(graph, id);
        assertEquals(shown, run.status(key));
        assertEquals("node-" + shown.name().toLowerCase().replace('_', '-'), shown.styleClass());
    }

    @Test
    void aTimedOutStepSaysHowLongItRanAndWhy() {
        new RunEvents().started("orders-db").step(GraphKind.EXECUTION, "drain_connections", StepStatus.TIMED_OUT,
                "timed out after 15s; the process tree was stopped").list().forEach(run::apply);
        assertEquals("12 ms · timed out after 15s; the process tree was stopped", run.state(DRAIN).detail());
    }

    @Test
    void skippedAndCancelledStepsSayWhy() {
        new RunEvents().started("orders-db")
                .finished(GraphKind.EXECUTION, "restart_conn_manager", StepStatus.SKIPPED,
                        "skipped: drain_connections failed")
                .finished(GraphKind.ROLLBACK, "restore_pool_config", StepStatus.CANCELLED,
                        "cancelled (because reset_pool failed)")
                .list().forEach(run::apply);
        assertEquals("skipped: drain_connections failed", run.state(RESTART).detail());
        assertEquals("cancelled (because reset_pool failed)", run.state(RESTORE).detail());
    }

    @Test
    void aRetriedStepStaysRunningAndCountsItsAttempts() {
        RunEvents events = new RunEvents().started("orders-db").phase(Phase.EXECUTING)
                .attempt(GraphKind.EXECUTION, "drain_connections", 1, Map.of("command", "x"))
                .attemptFailed(GraphKind.EXECUTION, "drain_connections", 1, "exit 1", 2000);
        events.list().forEach(run::apply);
        assertEquals(NodeStatus.RUNNING, run.status(DRAIN));
        assertEquals("attempt 1 failed; retry in 2.0 s", run.state(DRAIN).detail());

        new RunEvents().after(2500).attempt(GraphKind.EXECUTION, "drain_connections", 2, Map.of("command", "x"))
                .list().forEach(run::apply);
        assertEquals(NodeStatus.RUNNING, run.status(DRAIN));
        assertEquals("attempt 2 · 0 ms", run.state(DRAIN).detail());
        StepRecord record = run.steps().get(DRAIN).orElseThrow();
        assertEquals(2, record.attempts().size());
        assertEquals("FAILED, will retry", record.attempts().get(0).outcome());
        assertEquals("boom", record.attempts().get(0).output().get("stderr"));
    }

    @Test
    void aRunningStepTicksItsElapsedTime() {
        new RunEvents().started("orders-db").attempt(GraphKind.EXECUTION, "drain_connections", 1, Map.of())
                .list().forEach(run::apply);
        // The step started at the second event, 100 ms after the run.
        run.tick(RunEvents.start().plusMillis(3_600));
        assertEquals("running 3.5 s", run.state(DRAIN).detail());
    }

    @Test
    void stepsWaitForApprovalAndGoOnWhenApproved() {
        new RunEvents().started("orders-db").phase(Phase.PRE_CHECKS)
                .approvalRequested("the MOP's blast_radius_max is high, over this environment's limit medium")
                .list().forEach(run::apply);
        assertEquals(NodeStatus.AWAITING_APPROVAL, run.status(DRAIN));
        assertEquals("waiting for approval", run.state(DRAIN).detail());
        assertEquals(NodeStatus.PENDING, run.status(RESTORE), "rollback steps do not wait for an approval");

        new RunEvents().intervened(Action.APPROVE, "bob", "incident commander").list().forEach(run::apply);
        assertEquals(NodeStatus.PENDING, run.status(DRAIN));
    }

    @Test
    void aDeclinedApprovalSkipsTheStepsWithWhoDeclined() {
        new RunEvents().started("orders-db").approvalRequested("over the limit")
                .intervened(Action.DECLINE, "bob", "not during the sale")
                .finish(FinalState.ABORTED, "ABORTED").list().forEach(run::apply);
        assertEquals(NodeStatus.SKIPPED, run.status(DRAIN));
        assertEquals("declined by bob", run.state(DRAIN).detail());
    }

    @Test
    void stepsStillAwaitingApprovalWhenTheRunEndsWereNotRun() {
        new RunEvents().started("orders-db").approvalRequested("x").list().forEach(run::apply);
        new RunEvents().finish(FinalState.ABORTED, "no answer").list().forEach(run::apply);
        assertTrue(run.nodes().values().stream().noneMatch(s -> s.status() == NodeStatus.AWAITING_APPROVAL));
        assertEquals("not run", run.state(DRAIN).detail());
    }
}
