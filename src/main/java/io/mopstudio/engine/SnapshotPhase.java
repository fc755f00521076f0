package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;
import java.util.Optional;

/**
 * Captures the state rollback will need ({@code pre_execution.*}) before the first step runs. A
 * snapshot that cannot be taken aborts the run: acting without a way back is what MOPs exist to
 * prevent.
 */
final class SnapshotPhase {

    Optional<String> run(RunContext ctx) throws InterruptedException {
        for (String name : MopVariables.snapshotNames(ctx.request.mop())) {
            Optional<CatalogEntry> entry = ctx.request.catalog().snapshot(name);
            if (entry.isEmpty()) {
                return Optional.of("no snapshot named '" + name + "' in catalog " + ctx.request.catalog().name());
            }
            String node = "snapshot " + name;
            try {
                Map<String, Object> scope = ctx.scope.snapshot(Map.of());
                Map<String, Object> prepared = ctx.invoker.prepare(entry.get(), Map.of(), scope, node);
                PrimitiveResult result = ctx.invoker.invoke(entry.get(), prepared, scope, node).result();
                if (!result.succeeded()) {
                    return Optional.of("could not capture snapshot " + name + ": " + result.summary());
                }
                Optional<Object> value = entry.get().observe().isPresent()
                        ? CheckEvaluator.at(result.output(), entry.get().observe().get())
                        : Optional.of(result.output());
                if (value.isEmpty()) {
                    return Optional.of("could not capture snapshot " + name + ": nothing at '"
                            + entry.get().observe().get() + "' in " + result.summary());
                }
                ctx.scope.putSnapshot(name, value.get());
                ctx.events.emit((seq, at) -> new SnapshotCaptured(ctx.runId, seq, at, name, value.get()));
            } catch (StepFailure e) {
                return Optional.of("could not capture snapshot " + name + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
