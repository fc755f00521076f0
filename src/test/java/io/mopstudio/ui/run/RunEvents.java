package io.mopstudio.ui.run;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.SnapshotCaptured;
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
        return START.plusMillis(100L * events.size());
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
