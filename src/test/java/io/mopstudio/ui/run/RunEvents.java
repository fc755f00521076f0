package io.mopstudio.ui.run;

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
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds an engine event stream the way the engine numbers and times it, for feeding view-models. */
final class RunEvents {

    static final String RUN_ID = "R20260101-120000-abcdef";
    private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");

    private final List<RunEvent> events = new ArrayList<>();

    List<RunEvent> list() {
        return List.copyOf(events);
    }

    private long seq() {
        return events.size() + 1;
    }

    private Instant at() {
        return START.plusMillis(100L * events.size() + extraMillis);
    }

    private long extraMillis;

    /** Lets time pass before the next event, e.g. between validation samples. */
    RunEvents after(long millis) {
        extraMillis += millis;
        return this;
    }

    static Instant start() {
        return START;
    }

    RunEvents started(String resource) {
        events.add(new RunStarted(RUN_ID, seq(), at(), "MOP-284", "Database Connection Pool Recovery", "2.3.1",
                "sample.yaml", "sha", "text", "demo", true, Map.of("affected_resource", resource), "alice",
                RunMode.LIVE, "4242@workstation"));
        return this;
    }

    RunEvents phase(Phase phase) {
        events.add(new PhaseStarted(RUN_ID, seq(), at(), phase));
        return this;
    }

    RunEvents check(CheckPhase phase, String nodeId, CheckOutcome outcome, String observed, String expected) {
        events.add(new CheckEvaluated(RUN_ID, seq(), at(), phase, nodeId, nodeId, outcome, observed, expected, ""));
        return this;
    }

    RunEvents sample(String nodeId, CheckOutcome outcome, String observed, String expected) {
        return check(CheckPhase.VALIDATION, nodeId, outcome, observed, expected);
    }

    RunEvents attempt(GraphKind graph, String stepId, int attempt, Map<String, Object> params) {
        events.add(new StepStarted(RUN_ID, seq(), at(), graph, stepId, "shell.run", params, attempt));
        return this;
    }

    RunEvents attemptFailed(GraphKind graph, String stepId, int attempt, String message, long retryIn) {
        events.add(new StepAttemptFailed(RUN_ID, seq(), at(), graph, stepId, attempt,
                Map.of("summary", "exit 1", "exit_code", 1, "stderr", "boom"), message, 40, retryIn));
        return this;
    }

    RunEvents finishedWith(GraphKind graph, String stepId, StepStatus status, Map<String, Object> output,
            String message) {
        events.add(new StepFinished(RUN_ID, seq(), at(), graph, stepId, status, output, message, 30));
        return this;
    }

    RunEvents approvalRequested(String explanation) {
        events.add(new ApprovalRequested(RUN_ID, seq(), at(), explanation, 900_000));
        return this;
    }

    RunEvents intervened(OperatorIntervened.Action action, String operator, String reason) {
        events.add(new OperatorIntervened(RUN_ID, seq(), at(), action, operator, reason));
        return this;
    }

    RunEvents snapshot(String name) {
        events.add(new SnapshotCaptured(RUN_ID, seq(), at(), name, Map.of("max_size", 50)));
        return this;
    }

    RunEvents step(GraphKind graph, String stepId, StepStatus status, String message) {
        events.add(new StepStarted(RUN_ID, seq(), at(), graph, stepId, "action", Map.of(), 1));
        return finished(graph, stepId, status, message);
    }

    RunEvents startedOnly(GraphKind graph, String stepId) {
        events.add(new StepStarted(RUN_ID, seq(), at(), graph, stepId, "action", Map.of(), 1));
        return this;
    }

    RunEvents finished(GraphKind graph, String stepId, StepStatus status, String message) {
        events.add(new StepFinished(RUN_ID, seq(), at(), graph, stepId, status, Map.of(), message, 12));
        return this;
    }

    RunEvents rollback(String reason) {
        events.add(new RollbackStarted(RUN_ID, seq(), at(), reason));
        return this;
    }

    RunEvents finish(FinalState state, String summary) {
        events.add(new RunFinished(RUN_ID, seq(), at(), state, summary, 4200));
        return this;
    }
}
