package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import io.mopstudio.ui.canvas.NodeState;
import io.mopstudio.ui.canvas.NodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns each engine event into node states and run facts on a {@link RunViewModel}. */
final class RunEventApplier {

    /** How a validation node's detail starts while its latest sample fails and it may still clear. */
    static final String NOT_YET = "not yet: ";

    private final RunViewModel model;
    /** When each running step's current attempt began, and which attempt it is: for the ticking time. */
    private final Map<NodeKey, Running> running = new HashMap<>();

    private record Running(Instant since, int attempt) {
    }

    RunEventApplier(RunViewModel model) {
        this.model = model;
    }

    /** Every node a MOP's run can colour: pre-checks, both graphs' steps, validation checks. */
    static List<NodeKey> keys(Mop mop) {
        List<NodeKey> keys = new ArrayList<>();
        mop.preChecks().forEach(p -> keys.add(NodeKey.preCheck(p.nodeId())));
        for (GraphKind kind : GraphKind.values()) {
            mop.graph(kind).forEach(step -> keys.add(NodeKey.step(kind, step.id())));
        }
        mop.validation().forEach(c -> keys.add(NodeKey.validation(c.nodeId())));
        return keys;
    }

    void apply(RunEvent event) {
        if (event instanceof RunStarted e) {
            model.setRunId(e.runId());
            model.started(e.time(), e.demoEnvironment());
        } else if (event instanceof PhaseStarted e) {
            model.setPhase(EventText.phase(e.phase()));
            if (e.phase() == Phase.VALIDATING) {
                markAll(NodeKind.VALIDATION, new NodeState(NodeStatus.RUNNING, "sampling…"));
            }
        } else if (event instanceof CheckEvaluated e) {
            check(e);
        } else if (event instanceof StepStarted e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            running.put(key, new Running(e.time(), e.attempt()));
            put(key, new NodeState(NodeStatus.RUNNING, runningDetail(running.get(key), e.time())));
        } else if (event instanceof StepAttemptFailed e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            running.remove(key);
            // Still the same run of the step: it stays running while it waits for its next attempt.
            put(key, new NodeState(NodeStatus.RUNNING, "attempt " + e.attempt() + " failed; retry in "
                    + DurationText.of(e.retryInMillis())));
        } else if (event instanceof StepFinished e) {
            NodeKey key = NodeKey.step(e.graph(), e.stepId());
            running.remove(key);
            put(key, new NodeState(stepStatus(e), stepDetail(e)));
        } else if (event instanceof ApprovalRequested) {
            markPending(NodeKind.EXECUTION_STEP, new NodeState(NodeStatus.AWAITING_APPROVAL, "waiting for approval"));
        } else if (event instanceof OperatorIntervened e) {
            intervened(e);
        } else if (event instanceof RollbackStarted) {
            judgeValidation(true);
            model.activateRollback();
        } else if (event instanceof RunFinished e) {
            judgeValidation(false);
            settle();
            model.finished(e.finalState(), e.summary(), e.durationMillis());
        }
    }

    /** Forgets running steps: a new run begins. */
    void reset() {
        running.clear();
    }

    /** Moves the ticking time on every running step; called by the window's clock. */
    void tick(Instant now) {
        running.forEach((key, since) -> put(key, new NodeState(NodeStatus.RUNNING, runningDetail(since, now))));
    }

    private static String runningDetail(Running state, Instant now) {
        String took = DurationText.of(Math.max(0, Duration.between(state.since(), now).toMillis()));
        return (state.attempt() > 1 ? "attempt " + state.attempt() + " · " : "running ") + took;
    }

    private void intervened(OperatorIntervened e) {
        switch (e.action()) {
            case APPROVE -> markStatus(NodeStatus.AWAITING_APPROVAL, NodeState.PENDING);
            case DECLINE -> markStatus(NodeStatus.AWAITING_APPROVAL, new NodeState(NodeStatus.SKIPPED,
                    "declined by " + e.operator()));
            default -> {
                // Pause, resume, abort and overrides change the run, not a node: the controls show them.
            }
        }
    }

    /**
     * Once the run is over nothing is still running or about to: a node left running never
     * finished, and a pending one never ran (say, the steps after a failed pre-check).
     */
    private void settle() {
        Map<NodeKey, NodeState> open = new LinkedHashMap<>();
        model.mutableNodes().forEach((key, state) -> {
            if (state.status() == NodeStatus.RUNNING) {
                open.put(key, new NodeState(NodeStatus.CANCELLED, "the run ended"));
            } else if (state.status() == NodeStatus.PENDING || state.status() == NodeStatus.AWAITING_APPROVAL) {
                open.put(key, new NodeState(NodeStatus.SKIPPED, "not run"));
            }
        });
        open.forEach(this::put);
        running.clear();
    }

    private void check(CheckEvaluated e) {
        String sample = orDash(e.observed()) + " vs " + orDash(e.expected());
        switch (e.phase()) {
            case PRE_CHECK -> put(NodeKey.preCheck(e.nodeId()), new NodeState(switch (e.outcome()) {
                case PASS -> NodeStatus.PASSED;
                case WARN -> NodeStatus.WARNED;
                case FAIL -> NodeStatus.FAILED;
            }, sample));
            // The baseline is the value before anything acts; the node is not yet being validated.
            case BASELINE -> put(NodeKey.validation(e.nodeId()), new NodeState(NodeStatus.PENDING,
                    "before: " + orDash(e.observed()) + " vs " + orDash(e.expected())));
            // A failing sample is not yet a failed check: it may still clear before its timeout, so the
            // node stays running (not red at 3 AM while converging) until validation is judged.
            case VALIDATION -> put(NodeKey.validation(e.nodeId()), e.outcome() == CheckOutcome.PASS
                    ? new NodeState(NodeStatus.PASSED, sample)
                    : new NodeState(NodeStatus.RUNNING, NOT_YET + sample));
        }
    }

    /**
     * Validation is over without holding: a check still failing its latest sample is what failed it;
     * when rollback starts, a check still waiting for its first sample was stopped, and says why.
     */
    private void judgeValidation(boolean rollingBack) {
        Map<NodeKey, NodeState> judged = new LinkedHashMap<>();
        model.mutableNodes().forEach((key, state) -> {
            if (key.kind() != NodeKind.VALIDATION || state.status() != NodeStatus.RUNNING) {
                return;
            }
            if (state.detail().startsWith(NOT_YET)) {
                judged.put(key, new NodeState(NodeStatus.FAILED, state.detail().substring(NOT_YET.length())));
            } else if (rollingBack) {
                judged.put(key, new NodeState(NodeStatus.CANCELLED, "validation stopped: rolling back"));
            }
        });
        judged.forEach(this::put);
    }

    private static NodeStatus stepStatus(StepFinished e) {
        return switch (e.status()) {
            case SUCCEEDED -> e.graph() == GraphKind.ROLLBACK ? NodeStatus.ROLLED_BACK : NodeStatus.SUCCEEDED;
            case FAILED -> NodeStatus.FAILED;
            case TIMED_OUT -> NodeStatus.TIMED_OUT;
            case SKIPPED -> NodeStatus.SKIPPED;
            case CANCELLED -> NodeStatus.CANCELLED;
            case PENDING -> NodeStatus.PENDING;
            case RUNNING -> NodeStatus.RUNNING;
        };
    }

    private static String stepDetail(StepFinished e) {
        String took = DurationText.of(e.durationMillis());
        return switch (e.status()) {
            case SUCCEEDED -> took;
            case FAILED, TIMED_OUT -> took + " · " + orDash(e.message());
            default -> orDash(e.message());
        };
    }

    private void markAll(NodeKind kind, NodeState state) {
        List<NodeKey> keys = model.mutableNodes().keySet().stream().filter(k -> k.kind() == kind).toList();
        keys.forEach(key -> put(key, state));
    }

    private void markPending(NodeKind kind, NodeState state) {
        List<NodeKey> keys = model.mutableNodes().entrySet().stream()
                .filter(e -> e.getKey().kind() == kind && e.getValue().status() == NodeStatus.PENDING)
                .map(Map.Entry::getKey).toList();
        keys.forEach(key -> put(key, state));
    }

    private void markStatus(NodeStatus from, NodeState to) {
        List<NodeKey> keys = model.mutableNodes().entrySet().stream()
                .filter(e -> e.getValue().status() == from).map(Map.Entry::getKey).toList();
        keys.forEach(key -> put(key, to));
    }

    private void put(NodeKey key, NodeState state) {
        model.mutableNodes().put(key, state);
    }

    private static String orDash(String text) {
        return EventText.blank(text) ? "-" : text;
    }
}
