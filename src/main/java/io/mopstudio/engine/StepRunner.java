package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.Durations;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Retries;
import io.mopstudio.model.Step;
import io.mopstudio.providers.PrimitiveResult;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Carries out one step on a worker thread: decide {@code when}, render, then for each attempt
 * record that it starts (durably, before the action begins), act within the step's timeout, and
 * retry with backoff while attempts and the total limit allow. Interruption that is not the
 * step's own timeout means the scheduler cancelled it.
 */
final class StepRunner {

    private final RunContext ctx;
    private final GraphKind graph;

    StepRunner(RunContext ctx, GraphKind graph) {
        this.ctx = ctx;
        this.graph = graph;
    }

    StepOutcome run(Step step, Supplier<String> cancelReason) {
        long started = System.nanoTime();
        String node = graph.yamlKey() + "." + step.id();
        Optional<CatalogEntry> entry = ctx.request.catalog().action(step.action());
        if (entry.isEmpty()) {
            return finish(step, StepStatus.FAILED, Map.of(), "no action named '" + step.action() + "' in catalog "
                    + ctx.request.catalog().name(), started);
        }
        Map<String, Object> prepared;
        try {
            if (step.options().when().isPresent()
                    && !Condition.evaluate(step.options().when().get(), ctx.scope.snapshot(Map.of()))) {
                return finish(step, StepStatus.SKIPPED, Map.of(), "skipped: when '" + step.options().when().get()
                        + "' is false", started);
            }
            prepared = ctx.invoker.prepare(entry.get(), step.params(), ctx.scope.snapshot(Map.of()), node);
        } catch (StepFailure e) {
            return finish(step, StepStatus.FAILED, Map.of(), e.getMessage(), started);
        }
        return attempts(step, entry.get(), prepared, node, cancelReason, started);
    }

    private StepOutcome attempts(Step step, CatalogEntry entry, Map<String, Object> prepared, String node,
            Supplier<String> cancelReason, long started) {
        Map<String, Object> shown = CatalogInvoker.forDisplay(prepared);
        Retries retries = step.options().retries();
        Optional<Long> deadline = retries.total().map(total -> started + total.toNanos());
        for (int attempt = 1; ; attempt++) {
            int number = attempt;
            long attemptStarted = System.nanoTime();
            ctx.events.emit((seq, at) -> new StepStarted(ctx.runId, seq, at, graph, step.id(), step.action(), shown,
                    number));
            if (ctx.events.listenerFailure().isPresent()) {
                return finish(step, StepStatus.CANCELLED, Map.of(), "not started: the audit could not record it",
                        started);
            }
            if (graph == GraphKind.EXECUTION) {
                ctx.markStarted(step.id());
            }
            AttemptResult result = attempt(step.id(), entry, prepared, node, limit(step, deadline), cancelReason);
            switch (result.kind()) {
                case SUCCEEDED -> {
                    return finish(step, StepStatus.SUCCEEDED, result.output(), result.message(), started);
                }
                case CANCELLED -> {
                    return finish(step, StepStatus.CANCELLED, result.output(), result.message(), started);
                }
                default -> {
                }
            }
            Duration wait = retries.delayBefore(attempt);
            boolean attemptsLeft = attempt < retries.attempts();
            boolean timeLeft = deadline.map(d -> System.nanoTime() + wait.toNanos() < d).orElse(true);
            if (!attemptsLeft || !timeLeft || ctx.stopReason().isPresent()) {
                String why = attemptsLeft && !timeLeft ? result.message() + "; gave up: the total limit of "
                        + Durations.format(retries.total().orElseThrow()) + " leaves no time for another attempt"
                        : result.message() + (retries.max() > 0 ? " (attempt " + attempt + " of " + retries.attempts()
                        + ")" : "");
                StepStatus status = result.kind() == AttemptResult.Kind.TIMED_OUT ? StepStatus.TIMED_OUT
                        : StepStatus.FAILED;
                return finish(step, status, result.output(), why, started);
            }
            long millis = (System.nanoTime() - attemptStarted) / 1_000_000;
            ctx.events.emit((seq, at) -> new StepAttemptFailed(ctx.runId, seq, at, graph, step.id(), number,
                    result.output(), result.message(), millis, wait.toMillis()));
            try {
                if (!ctx.pause(wait)) {
                    return finish(step, StepStatus.CANCELLED, Map.of(), ctx.stopReason().orElse("cancelled"),
                            started);
                }
            } catch (InterruptedException e) {
                return finish(step, StepStatus.CANCELLED, Map.of(), cancelReason.get(), started);
            }
        }
    }

    /** The tighter of the step's per-attempt timeout and what the total limit leaves. */
    private static Optional<Duration> limit(Step step, Optional<Long> deadline) {
        Optional<Duration> left = deadline.map(d -> Duration.ofNanos(Math.max(0, d - System.nanoTime())));
        Optional<Duration> perAttempt = step.options().timeout();
        if (left.isPresent() && perAttempt.isPresent()) {
            return Optional.of(left.get().compareTo(perAttempt.get()) < 0 ? left.get() : perAttempt.get());
        }
        return left.or(() -> perAttempt);
    }

    private AttemptResult attempt(String stepId, CatalogEntry entry, Map<String, Object> prepared, String node,
            Optional<Duration> timeout, Supplier<String> cancelReason) {
        Thread worker = Thread.currentThread();
        AtomicBoolean timedOut = new AtomicBoolean();
        Optional<ScheduledFuture<?>> timer = timeout.map(limit -> ctx.timers.schedule(() -> {
            timedOut.set(true);
            worker.interrupt();
        }, limit.toMillis(), TimeUnit.MILLISECONDS));
        try {
            Invocation invocation = ctx.invoker.invoke(entry, prepared, ctx.scope.snapshot(Map.of()), node);
            PrimitiveResult result = invocation.result();
            Map<String, Object> output = new LinkedHashMap<>(result.output());
            output.put("summary", result.summary());
            if (result.succeeded()) {
                ctx.scope.putStepOutput(stepId, result.output());
                return new AttemptResult(AttemptResult.Kind.SUCCEEDED, output, result.summary());
            }
            return new AttemptResult(AttemptResult.Kind.FAILED, output, result.summary());
        } catch (StepFailure e) {
            return new AttemptResult(AttemptResult.Kind.FAILED, Map.of(), e.getMessage());
        } catch (InterruptedException e) {
            if (timedOut.get()) {
                return new AttemptResult(AttemptResult.Kind.TIMED_OUT, Map.of(),
                        "timed out after " + Durations.format(timeout.orElseThrow()) + "; its work was stopped");
            }
            return new AttemptResult(AttemptResult.Kind.CANCELLED, Map.of(), cancelReason.get());
        } catch (RuntimeException e) {
            // A defect in a provider must fail this step, never leave the run hanging.
            return new AttemptResult(AttemptResult.Kind.FAILED, Map.of(), "internal error: " + e);
        } finally {
            timer.ifPresent(t -> t.cancel(false));
        }
    }

    StepOutcome finish(Step step, StepStatus status, Map<String, Object> output, String message, long startedNanos) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        ctx.recordStatus(graph, step.id(), status);
        ctx.events.emit((seq, at) -> new StepFinished(ctx.runId, seq, at, graph, step.id(), status, output, message,
                millis));
        return new StepOutcome(step.id(), status, output, message);
    }
}
