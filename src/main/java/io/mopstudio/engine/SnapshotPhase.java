package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.providers.PrimitiveResult;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Captures the state rollback will need ({@code pre_execution.*}) before the first step runs: the
 * MOP's own {@code snapshots:}, and any other {@code pre_execution.X} it names, taken by the
 * catalog's snapshot X. A snapshot that cannot be taken aborts the run: acting without a way back
 * is what MOPs exist to prevent.
 */
final class SnapshotPhase {

    /** Every snapshot a run of this MOP captures, declared ones first. */
    static Set<String> names(Mop mop) {
        Set<String> out = new LinkedHashSet<>();
        mop.snapshots().forEach(s -> out.add(s.id()));
        out.addAll(MopVariables.snapshotNames(mop));
        return out;
    }

    Optional<String> run(RunContext ctx) throws InterruptedException {
        for (String name : names(ctx.request.mop())) {
            Optional<Snapshot> declared = ctx.request.mop().snapshots().stream()
                    .filter(s -> s.id().equals(name)).findFirst();
            Optional<CatalogEntry> entry = declared.map(s -> s.snapshot().isPresent()
                            ? ctx.request.catalog().snapshot(s.snapshot().get())
                            : ctx.request.catalog().action(s.action().orElse("")))
                    .orElseGet(() -> ctx.request.catalog().snapshot(name));
            if (entry.isEmpty()) {
                return Optional.of("no way to capture snapshot '" + name + "': catalog " + ctx.request.catalog().name()
                        + " has no such snapshot or action");
            }
            Optional<String> failed = capture(ctx, name, entry.get(), declared);
            if (failed.isPresent()) {
                return failed;
            }
        }
        return Optional.empty();
    }

    private Optional<String> capture(RunContext ctx, String name, CatalogEntry entry, Optional<Snapshot> declared)
            throws InterruptedException {
        String node = "snapshots." + name;
        try {
            Map<String, Object> scope = ctx.scope.snapshot(Map.of());
            Map<String, Object> params = declared.map(Snapshot::params).orElse(Map.of());
            Map<String, Object> prepared = ctx.invoker.prepare(entry, params, scope, node);
            PrimitiveResult result = ctx.invoker.invoke(entry, prepared, scope, node).result();
            if (!result.succeeded()) {
                return Optional.of("could not capture snapshot " + name + ": " + result.summary());
            }
            Optional<String> observe = declared.flatMap(Snapshot::observe).or(entry::observe);
            Optional<Object> value = observe.isPresent() ? CheckEvaluator.at(result.output(), observe.get())
                    : Optional.of(result.output());
            if (value.isEmpty()) {
                return Optional.of("could not capture snapshot " + name + ": nothing at '" + observe.get() + "' in "
                        + result.summary());
            }
            ctx.scope.putSnapshot(name, value.get());
            ctx.events.emit((seq, at) -> new SnapshotCaptured(ctx.runId, seq, at, name, value.get()));
            return Optional.empty();
        } catch (StepFailure e) {
            return Optional.of("could not capture snapshot " + name + ": " + e.getMessage());
        }
    }
}
