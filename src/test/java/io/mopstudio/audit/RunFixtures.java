package io.mopstudio.audit;

import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a run's events step by step with a clock that only moves forward, for fixtures whose
 * durations and samples the insights and timeline tests know exactly.
 */
public final class RunFixtures {

    public static final String MOP_TEXT = """
            mop_id: MOP-900
            name: "Queue drain"
            version: "2"
            pre_checks:
              - check: service_state
                target: orders
                expected_state: degraded
            execution_graph:
              - id: drain
                action: queue.drain
              - id: resize
                action: queue.resize
                depends_on: [drain]
            validation:
              - check: wait_ms
              - check: error_rate
            rollback_graph:
              - id: restore
                action: queue.restore
            """;

    private final String runId;
    private final List<RunEvent> events = new ArrayList<>();
    private Instant now;

    private RunFixtures(String runId, Instant start) {
        this.runId = runId;
        this.now = start;
    }

    /** A run of MOP-900 started at {@code start} by {@code operator} in {@code environment}. */
    public static RunFixtures run(String runId, Instant start, String operator, String environment) {
        RunFixtures run = new RunFixtures(runId, start);
        run.events.add(new RunStarted(runId, 1, start, "MOP-900", "Queue drain", "2", "mops/MOP-900.yaml",
                SampleRuns.sha256(MOP_TEXT), MOP_TEXT, environment, false,
                Map.of("id", "INC-" + runId, "confidence", "0.9"), operator, RunMode.LIVE, "1@host"));
        return run;
    }

    /** The same run, of another text of the MOP (a later edit of it). */
    public RunFixtures ofText(String mopText) {
        RunStarted s = (RunStarted) events.get(0);
        events.set(0, new RunStarted(s.runId(), s.seq(), s.time(), s.mopId(), s.mopName(), s.mopVersion(), s.mopFile(),
                SampleRuns.sha256(mopText), mopText, s.environment(), s.demoEnvironment(), s.incident(), s.operator(),
                s.mode(), s.process()));
        return this;
    }

    public RunFixtures phase(Phase phase) {
        return add(new PhaseStarted(runId, next(), at(1), phase));
    }

    public RunFixtures check(CheckPhase phase, String node, CheckOutcome outcome, String observed, String expected) {
        return add(new CheckEvaluated(runId, next(), at(10), phase, node, node, outcome, observed, expected,
                outcome == CheckOutcome.PASS ? "" : node + " failed"));
    }

    /** A step that takes {@code millis}, failing {@code failures} attempts first (each taking as long). */
    public RunFixtures step(GraphKind graph, String id, long millis, int failures, StepStatus status) {
        for (int attempt = 1; attempt <= failures + 1; attempt++) {
            add(new StepStarted(runId, next(), at(1), graph, id, "queue." + id, Map.of("queue", "orders"), attempt));
            if (attempt <= failures) {
                add(new StepAttemptFailed(runId, next(), at(millis), graph, id, attempt, Map.of(), "timeout", millis,
                        100));
                at(100);
            } else {
                add(new StepFinished(runId, next(), at(millis), graph, id, status, Map.of("ok", status
                        == StepStatus.SUCCEEDED), status == StepStatus.SUCCEEDED ? "" : id + " failed", millis));
            }
        }
        return this;
    }

    public RunFixtures rollback(String reason) {
        return add(new RollbackStarted(runId, next(), at(1), reason));
    }

    public RunFixtures intervene(OperatorIntervened.Action action, String who, String reason) {
        return add(new OperatorIntervened(runId, next(), at(1), action, who, reason));
    }

    public RunFixtures approvalRequested(String explanation) {
        return add(new ApprovalRequested(runId, next(), at(1), explanation, 60_000));
    }

    public List<RunEvent> finish(FinalState state) {
        add(new RunFinished(runId, next(), at(1), state, state + " summary", 0));
        return List.copyOf(events);
    }

    /** The events so far, without an end (a run whose process died). */
    public List<RunEvent> unfinished() {
        return List.copyOf(events);
    }

    private RunFixtures add(RunEvent event) {
        events.add(event);
        return this;
    }

    private long next() {
        return events.size() + 1;
    }

    private Instant at(long millis) {
        now = now.plusMillis(millis);
        return now;
    }
}
