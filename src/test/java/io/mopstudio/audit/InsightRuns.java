package io.mopstudio.audit;

import static io.mopstudio.engine.event.CheckOutcome.FAIL;
import static io.mopstudio.engine.event.CheckOutcome.PASS;
import static io.mopstudio.engine.event.CheckPhase.BASELINE;
import static io.mopstudio.engine.event.CheckPhase.PRE_CHECK;
import static io.mopstudio.engine.event.CheckPhase.VALIDATION;
import static io.mopstudio.model.GraphKind.EXECUTION;
import static io.mopstudio.model.GraphKind.ROLLBACK;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.StepStatus;
import java.time.Instant;
import java.util.List;

/**
 * Five runs of MOP-900 whose figures are worked out by hand in {@link InsightsTest}: two resolved,
 * one aborted by its pre-check, one rolled back after a failed step, one dry run.
 */
public final class InsightRuns {

    public static final Instant DAY = Instant.parse("2026-02-01T00:00:00Z");

    private InsightRuns() {
    }

    public static List<List<RunEvent>> all() {
        return List.of(resolved1(), resolved2(), aborted(), rolledBack(), planned());
    }

    public static List<RunEvent> resolved1() {
        return RunFixtures.run("R1", DAY.plusSeconds(3600), "alice", "production")
                .phase(Phase.PRE_CHECKS).check(PRE_CHECK, "service_state", PASS, "degraded", "= degraded")
                .check(BASELINE, "wait_ms", FAIL, "90", "<= 50")
                .phase(Phase.EXECUTING).step(EXECUTION, "drain", 100, 0, StepStatus.SUCCEEDED)
                .step(EXECUTION, "resize", 200, 1, StepStatus.SUCCEEDED)
                .phase(Phase.VALIDATING).check(VALIDATION, "wait_ms", FAIL, "60", "<= 50")
                .check(VALIDATION, "wait_ms", PASS, "40", "<= 50").check(VALIDATION, "error_rate", PASS, "0.1", "<= 5")
                .check(VALIDATION, "wait_ms", PASS, "42", "<= 50").check(VALIDATION, "error_rate", PASS, "0.2", "<= 5")
                .check(VALIDATION, "wait_ms", PASS, "44", "<= 50").check(VALIDATION, "error_rate", PASS, "0.1", "<= 5")
                .finish(FinalState.RESOLVED);
    }

    public static List<RunEvent> resolved2() {
        return RunFixtures.run("R2", DAY.plusSeconds(7200), "bob", "staging")
                .phase(Phase.PRE_CHECKS).check(PRE_CHECK, "service_state", PASS, "degraded", "= degraded")
                .phase(Phase.EXECUTING).step(EXECUTION, "drain", 300, 0, StepStatus.SUCCEEDED)
                .step(EXECUTION, "resize", 400, 0, StepStatus.SUCCEEDED)
                .intervene(OperatorIntervened.Action.PAUSE, "bob", "checking the dashboard")
                .intervene(OperatorIntervened.Action.RESUME, "bob", "looks fine")
                .phase(Phase.VALIDATING).check(VALIDATION, "wait_ms", PASS, "46", "<= 50")
                .check(VALIDATION, "error_rate", PASS, "0.3", "<= 5").check(VALIDATION, "wait_ms", PASS, "48", "<= 50")
                .check(VALIDATION, "error_rate", PASS, "0.1", "<= 5")
                .finish(FinalState.RESOLVED);
    }

    public static List<RunEvent> aborted() {
        return RunFixtures.run("R3", DAY.plusSeconds(10800), "alice", "production")
                .phase(Phase.PRE_CHECKS).check(PRE_CHECK, "service_state", FAIL, "failed", "= degraded")
                .finish(FinalState.ABORTED);
    }

    public static List<RunEvent> rolledBack() {
        return RunFixtures.run("R4", DAY.plusSeconds(14400), "carol", "production")
                .phase(Phase.PRE_CHECKS).check(PRE_CHECK, "service_state", PASS, "degraded", "= degraded")
                .approvalRequested("resizing touches 3 pools, over the limit of 1")
                .intervene(OperatorIntervened.Action.APPROVE, "dave", "change CHG-42 approved")
                .phase(Phase.EXECUTING).step(EXECUTION, "drain", 500, 0, StepStatus.SUCCEEDED)
                .step(EXECUTION, "resize", 1000, 0, StepStatus.FAILED)
                .rollback("step resize failed").phase(Phase.ROLLING_BACK)
                .step(ROLLBACK, "restore", 250, 0, StepStatus.SUCCEEDED)
                .finish(FinalState.ROLLED_BACK);
    }

    public static List<RunEvent> planned() {
        return RunFixtures.run("R5", DAY.plusSeconds(18000), "dave", "staging").finish(FinalState.PLANNED);
    }
}
