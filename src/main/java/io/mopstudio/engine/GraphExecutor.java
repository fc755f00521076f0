package io.mopstudio.engine;

import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.OnFailure;
import java.util.ArrayList;
import java.util.List;
import io.mopstudio.model.Step;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs one graph as a DAG: a step starts once every step it depends on has succeeded, up to
 * {@code parallelism} at a time, ready steps in the order they are written. A step whose parent
 * did not succeed is skipped with the reason. The first failure stops new steps from starting and
 * cancels the ones still running ("cancelled because X failed").
 */
final class GraphExecutor {

    private static final Set<StepStatus> NOT_SUCCEEDED =
            EnumSet.of(StepStatus.FAILED, StepStatus.TIMED_OUT, StepStatus.SKIPPED, StepStatus.CANCELLED);

    private final RunContext ctx;
    private final GraphKind graph;
    private final StepRunner runner;
    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, List<String>> deps = new LinkedHashMap<>();
    /** Rollback steps compensating only steps that never started: done, and blocking nothing. */
    private final Map<String, String> notNeeded = new LinkedHashMap<>();
    private final Map<String, StepStatus> status = new LinkedHashMap<>();
    private final Map<String, Thread> workers = new ConcurrentHashMap<>();
    private final Map<String, String> cancelReasons = new ConcurrentHashMap<>();
    private final BlockingQueue<StepOutcome> completions = new LinkedBlockingQueue<>();

    GraphExecutor(RunContext ctx, GraphKind graph) {
        this.ctx = ctx;
        this.graph = graph;
        this.runner = new StepRunner(ctx, graph);
        ctx.request.mop().graph(graph).forEach(step -> {
            steps.put(step.id(), step);
            status.put(step.id(), StepStatus.PENDING);
            deps.put(step.id(), step.dependsOn());
        });
        if (graph == GraphKind.ROLLBACK) {
            deps.putAll(RollbackOrder.dependencies(ctx.request.mop()));
            notNeeded.putAll(RollbackOrder.notNeeded(ctx.request.mop(), ctx.startedForwardSteps()));
        }
    }

    /** A failing step with {@code on_failure: continue} only skips its own dependents. */
    private boolean continues(String stepId) {
        return graph == GraphKind.EXECUTION && steps.get(stepId).onFailure() == OnFailure.CONTINUE;
    }

    GraphOutcome run() throws InterruptedException {
        List<StepOutcome> continued = new ArrayList<>();
        notNeeded.forEach((id, reason) -> {
            status.put(id, StepStatus.SKIPPED);
            runner.finish(steps.get(id), StepStatus.SKIPPED, Map.of(), reason, System.nanoTime());
        });
        Optional<StepOutcome> failure = Optional.empty();
        Optional<String> stopped = Optional.empty();
        int running = 0;
        while (true) {
            if (failure.isEmpty() && stopped.isEmpty()) {
                skipOrphans();
                if (!ctx.isPaused()) {
                    running += startReady(running);
                } else if (running == 0 && hasPending()) {
                    // Paused with nothing in flight: wait for resume or a stop, checking both often.
                    stopped = stopReason();
                    stopped.ifPresent(this::cancelRunning);
                    if (stopped.isEmpty()) {
                        Thread.sleep(50);
                    }
                    continue;
                }
            }
            if (running == 0) {
                break;
            }
            StepOutcome done = completions.poll(100, TimeUnit.MILLISECONDS);
            if (stopped.isEmpty() && failure.isEmpty()) {
                stopped = stopReason();
                stopped.ifPresent(this::cancelRunning);
            }
            if (done == null) {
                continue;
            }
            running--;
            status.put(done.stepId(), done.status());
            if (done.status().isFailure() && continues(done.stepId())) {
                continued.add(done);
            } else if (done.status().isFailure() && failure.isEmpty() && stopped.isEmpty()) {
                failure = Optional.of(done);
                cancelRunning("cancelled because " + done.stepId() + " failed");
            }
        }
        Optional<String> stopReason = stopped;
        String notStarted = failure.map(f -> "not started: " + f.stepId() + " failed")
                .or(() -> stopReason.map(reason -> "not started: " + reason)).orElse("not started");
        markPending(notStarted);
        return new GraphOutcome(failure, stopped, List.copyOf(continued));
    }

    /** Marks steps whose parents will never succeed; repeats until nothing changes, since order is not topological. */
    private void skipOrphans() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Step step : steps.values()) {
                if (status.get(step.id()) != StepStatus.PENDING) {
                    continue;
                }
                Optional<String> reason = skipReason(step);
                if (reason.isPresent()) {
                    status.put(step.id(), StepStatus.SKIPPED);
                    runner.finish(step, StepStatus.SKIPPED, Map.of(), reason.get(), System.nanoTime());
                    changed = true;
                }
            }
        }
    }

    /** "skipped: drain_connections failed" when a parent has ended without succeeding. */
    private Optional<String> skipReason(Step step) {
        return deps.get(step.id()).stream()
                .filter(dep -> NOT_SUCCEEDED.contains(status.get(dep)) && !notNeeded.containsKey(dep)).findFirst()
                .map(dep -> "skipped: " + dep + " " + status.get(dep).name().toLowerCase());
    }

    private int startReady(int running) {
        int started = 0;
        for (Step step : steps.values()) {
            if (running + started >= ctx.parallelism) {
                break;
            }
            if (status.get(step.id()) == StepStatus.PENDING && deps.get(step.id()).stream()
                    .allMatch(dep -> status.get(dep) == StepStatus.SUCCEEDED || notNeeded.containsKey(dep))) {
                status.put(step.id(), StepStatus.RUNNING);
                ctx.workers.execute(() -> work(step));
                started++;
            }
        }
        return started;
    }

    private void work(Step step) {
        Thread.interrupted();
        workers.put(step.id(), Thread.currentThread());
        StepOutcome outcome;
        try {
            if (cancelReasons.containsKey(step.id())) {
                outcome = runner.finish(step, StepStatus.CANCELLED, Map.of(), cancelReasons.get(step.id()),
                        System.nanoTime());
            } else {
                outcome = runner.run(step, () -> cancelReasons.getOrDefault(step.id(), "cancelled"));
            }
        } finally {
            workers.remove(step.id());
            Thread.interrupted();
        }
        completions.add(outcome);
    }

    /**
     * Why this graph must stop. A rollback is not stopped by an operator's abort or cancel: half a
     * rollback is worse than a whole one. Only an audit that cannot record stops it.
     */
    private Optional<String> stopReason() {
        if (graph == GraphKind.ROLLBACK) {
            return ctx.events.listenerFailure().map(e -> "the audit could not record the run: " + e.getMessage());
        }
        return ctx.stopReason();
    }

    private boolean hasPending() {
        return status.containsValue(StepStatus.PENDING);
    }

    private void cancelRunning(String reason) {
        status.forEach((id, s) -> {
            if (s == StepStatus.RUNNING) {
                cancelReasons.putIfAbsent(id, reason);
                Thread worker = workers.get(id);
                if (worker != null) {
                    worker.interrupt();
                }
            }
        });
    }

    private void markPending(String reason) {
        for (Step step : steps.values()) {
            if (status.get(step.id()) == StepStatus.PENDING) {
                Optional<String> skipped = skipReason(step);
                StepStatus terminal = skipped.isPresent() ? StepStatus.SKIPPED : StepStatus.CANCELLED;
                status.put(step.id(), terminal);
                runner.finish(step, terminal, Map.of(), skipped.orElse(reason), System.nanoTime());
            }
        }
    }
}
