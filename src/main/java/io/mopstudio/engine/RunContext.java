package io.mopstudio.engine;

import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * The state of one run shared by its phases: the request, the event stream, the template scope,
 * the evaluators, the worker pool, and whether the operator asked to stop.
 */
final class RunContext {

    final String runId;
    final RunRequest request;
    final EventEmitter events;
    final RunScope scope;
    final CatalogInvoker invoker;
    final CheckEvaluator checks;
    final Clock clock;
    final ExecutorService workers;
    final int parallelism;
    final RunOptions options;
    /** Fires step timeouts; one daemon thread per run is plenty, since it only interrupts. */
    final java.util.concurrent.ScheduledExecutorService timers;
    private final Map<String, StepStatus> finalStatuses = new ConcurrentHashMap<>();
    private final Set<String> startedForward = ConcurrentHashMap.newKeySet();
    private final Object cancelLock = new Object();
    private String cancelReason;
    private boolean rollbackOnStop;
    private boolean paused;

    RunContext(String runId, RunRequest request, EventEmitter events, RunScope scope, CatalogInvoker invoker,
            CheckEvaluator checks, Clock clock, ExecutorService workers, int parallelism, RunOptions options) {
        this.runId = runId;
        this.request = request;
        this.events = events;
        this.scope = scope;
        this.invoker = invoker;
        this.checks = checks;
        this.clock = clock;
        this.workers = workers;
        this.parallelism = parallelism;
        this.options = options;
        this.timers = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mop-timers-" + runId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An operator's abort: like cancel, but what ran is then rolled back. */
    void abort(String reason) {
        synchronized (cancelLock) {
            if (cancelReason == null) {
                rollbackOnStop = true;
            }
        }
        cancel(reason);
    }

    boolean rollbackOnStop() {
        synchronized (cancelLock) {
            return rollbackOnStop;
        }
    }

    void setPaused(boolean value) {
        synchronized (cancelLock) {
            paused = value;
            cancelLock.notifyAll();
        }
    }

    boolean isPaused() {
        synchronized (cancelLock) {
            return paused;
        }
    }

    void markStarted(String forwardStepId) {
        startedForward.add(forwardStepId);
    }

    /** Forward steps whose action began (or may have begun): what rollback has to compensate. */
    Set<String> startedForwardSteps() {
        return Set.copyOf(startedForward);
    }

    void cancel(String reason) {
        synchronized (cancelLock) {
            if (cancelReason == null) {
                cancelReason = reason;
            }
            cancelLock.notifyAll();
        }
    }

    /** Why the run must stop: the operator cancelled, or the audit could not record an event. */
    Optional<String> stopReason() {
        synchronized (cancelLock) {
            if (cancelReason != null) {
                return Optional.of(cancelReason);
            }
        }
        return events.listenerFailure().map(e -> "the audit could not record the run: " + e.getMessage());
    }

    /** Waits, returning early (false) when the run is cancelled. */
    boolean pause(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (cancelLock) {
            while (cancelReason == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return true;
                }
                java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(cancelLock, left);
            }
            return false;
        }
    }

    void recordStatus(GraphKind graph, String stepId, StepStatus status) {
        finalStatuses.put(key(graph, stepId), status);
    }

    StepStatus statusOf(GraphKind graph, String stepId) {
        return finalStatuses.getOrDefault(key(graph, stepId), StepStatus.PENDING);
    }

    private static String key(GraphKind graph, String stepId) {
        return graph + "/" + stepId;
    }
}
