package io.mopstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.setup.LabConnection;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The seed's MOP, unchanged, against the demo lab over real HTTP: each of the four resources
 * takes its own path through the engine.
 */
@Timeout(120)
class DemoPathsTest {

    static final Path SAMPLE = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");

    private LabConnection lab;
    private final RecordingListener events = new RecordingListener();

    @BeforeEach
    void startLab() {
        // Nothing listens on port 1, so the probe fails and, so every test gets its own fresh in-process lab.
        lab = LabConnection.connect(1);
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    private RunResult run(String resource) throws Exception {
        SetupResult setup = new RunSetup(port -> lab).prepare(SAMPLE, "demo",
                Map.of("affected_resource", resource), "test-operator");
        assertTrue(setup.problems().isEmpty(), () -> "setup problems: " + setup.problems());
        return RunEngine.standard().run(setup.request().orElseThrow(), events);
    }

    @Test
    void ordersDbIsRecoveredAndResolved() throws Exception {
        RunResult result = run("orders-db");

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("drain_connections"));
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("restart_conn_manager"));
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("reset_pool"));
        assertEquals(StepStatus.PENDING, result.steps().get("restore_pool_config"), "no rollback on success");
        List<String> trace = events.trace();
        assertOrdered(trace, "run_started", "phase:PRE_CHECKS", "check:PRE_CHECK:service_state:PASS",
                "check:PRE_CHECK:replica_healthy:PASS", "check:PRE_CHECK:no_active_writes:PASS",
                "phase:SNAPSHOTS", "snapshot_captured", "phase:EXECUTING",
                "step_started:drain_connections", "step_finished:drain_connections:SUCCEEDED",
                "step_started:restart_conn_manager", "step_finished:restart_conn_manager:SUCCEEDED",
                "step_started:reset_pool", "step_finished:reset_pool:SUCCEEDED",
                "phase:VALIDATING", "check:VALIDATION:connection_wait_time:PASS", "run_finished:RESOLVED");
        assertFalse(trace.contains("rollback_started"));
        assertEquals(trace.size(), events.events().stream().mapToLong(RunEvent::seq).max().orElse(0),
                "sequence numbers have no gaps");
    }

    @Test
    void stepParametersAreRecordedAsRendered() throws Exception {
        run("orders-db");

        StepStarted reset = events.of(StepStarted.class).stream()
                .filter(e -> e.stepId().equals("reset_pool")).findFirst().orElseThrow();
        assertEquals(20L, reset.params().get("initial_size"), "env.pool_size_default rendered with its type");
        assertEquals("orders-db", reset.params().get("target"), "resources are recorded by name");
        RunStarted started = events.of(RunStarted.class).get(0);
        assertEquals("MOP-284", started.mopId());
        assertEquals(64, started.mopSha256().length());
        assertTrue(started.demoEnvironment());
    }

    @Test
    void billingDbInFailedStateAbortsBeforeAnyStep() throws Exception {
        RunResult result = run("billing-db");

        assertEquals(FinalState.ABORTED, result.finalState());
        assertTrue(events.of(StepStarted.class).isEmpty(), "no step may start after an aborting pre-check");
        CheckEvaluated state = events.of(CheckEvaluated.class).get(0);
        assertEquals("failed", state.observed());
        assertTrue(result.summary().contains("service_state") && result.summary().contains("degraded"),
                result.summary());
        assertEquals(FinalState.ABORTED, events.of(RunFinished.class).get(0).finalState());
    }

    @Test
    void ledgerDbWaitTimeClimbsDuringValidationAndIsRolledBack() throws Exception {
        RunResult result = run("ledger-db");

        assertEquals(FinalState.ROLLED_BACK, result.finalState(), result.summary());
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("reset_pool"));
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("restore_pool_config"));
        RollbackStarted rollback = events.of(RollbackStarted.class).get(0);
        assertTrue(rollback.reason().contains("connection_wait_time"), rollback.reason());
        StepStarted restore = events.of(StepStarted.class).stream()
                .filter(e -> e.stepId().equals("restore_pool_config")).findFirst().orElseThrow();
        assertEquals(Map.of("max_size", 50, "initial_size", 10, "timeout_ms", 5000),
                restore.params().get("config_snapshot"), "the snapshot taken before execution is restored");
        assertOrdered(events.trace(), "phase:VALIDATING", "rollback_started", "phase:ROLLING_BACK",
                "step_started:restore_pool_config", "run_finished:ROLLED_BACK");
    }

    @Test
    void searchDbRestartFailureRollsBackAndSkipsTheRest() throws Exception {
        RunResult result = run("search-db");

        assertEquals(FinalState.ROLLED_BACK, result.finalState(), result.summary());
        assertEquals(StepStatus.FAILED, result.steps().get("restart_conn_manager"));
        assertEquals(StepStatus.SKIPPED, result.steps().get("reset_pool"));
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("restore_pool_config"));
        assertFalse(events.trace().contains("phase:VALIDATING"), "no validation after a failed step");
        assertTrue(result.summary().contains("port 6432 in use"), "the service's own error reaches the summary");
    }

    private static void assertOrdered(List<String> trace, String... expected) {
        int from = 0;
        for (String item : expected) {
            int at = trace.subList(from, trace.size()).indexOf(item);
            assertTrue(at >= 0, () -> "expected '" + item + "' after position " + 0 + " in " + trace);
            from += at + 1;
        }
    }
}
