package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Step;
import io.mopstudio.providers.PrimitiveResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Carries out one step on a worker thread: render, record that it starts (durably, before the
 * action begins), act, record how it ended. Interruption means the scheduler cancelled it.
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
            prepared = ctx.invoker.prepare(entry.get(), step.params(), ctx.scope.snapshot(Map.of()), node);
        } catch (StepFailure e) {
            return finish(step, StepStatus.FAILED, Map.of(), e.getMessage(), started);
        }
        Map<String, Object> shown = CatalogInvoker.forDisplay(prepared);
        ctx.events.emit((seq, at) -> new StepStarted(ctx.runId, seq, at, graph, step.id(), step.action(), shown, 1));
        if (ctx.events.listenerFailure().isPresent()) {
            return finish(step, StepStatus.CANCELLED, Map.of(), "not started: the audit could not record it",
                    started);
        }
        try {
            Invocation invocation = ctx.invoker.invoke(entry.get(), prepared, ctx.scope.snapshot(Map.of()), node);
            PrimitiveResult result = invocation.result();
            Map<String, Object> output = new LinkedHashMap<>(result.output());
            output.put("summary", result.summary());
            if (result.succeeded()) {
                ctx.scope.putStepOutput(step.id(), result.output());
                return finish(step, StepStatus.SUCCEEDED, output, result.summary(), started);
            }
            return finish(step, StepStatus.FAILED, output, result.summary(), started);
        } catch (StepFailure e) {
            return finish(step, StepStatus.FAILED, Map.of(), e.getMessage(), started);
        } catch (InterruptedException e) {
            return finish(step, StepStatus.CANCELLED, Map.of(), cancelReason.get(), started);
        } catch (RuntimeException e) {
            // A defect in a provider must fail this step, never leave the run hanging.
            return finish(step, StepStatus.FAILED, Map.of(), "internal error: " + e, started);
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
