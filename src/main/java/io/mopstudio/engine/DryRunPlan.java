package io.mopstudio.engine;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.model.Check;
import io.mopstudio.model.Durations;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.template.Template;
import io.mopstudio.template.TemplateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan a dry run shows: what would be checked, captured, executed in which waves (steps that
 * would run together), validated, and rolled back — every parameter rendered that can be before
 * the run (snapshots and step outputs are named, since only the run can know them).
 */
final class DryRunPlan {

    private final RunContext ctx;

    DryRunPlan(RunContext ctx) {
        this.ctx = ctx;
    }

    String write() {
        StringBuilder out = new StringBuilder();
        out.append("This is what the run would do:\n");
        out.append("\nPre-checks (all must pass before anything acts):\n");
        for (PreCheck preCheck : ctx.request.mop().preChecks()) {
            Check check = preCheck.check();
            out.append("  - ").append(check.nodeId()).append(preCheck.abortOnFail() ? "" : "  (warn only)")
                    .append(check.timeout().map(t -> "  (waits up to " + Durations.format(t) + ")").orElse(""))
                    .append(params(rendered(check.params()))).append('\n');
        }
        ctx.request.environment().policy().autonomy().flatMap(a -> a.maxBlastRadius()).ifPresent(limit ->
                out.append("  - blast_radius: must be within ").append(limit.word())
                        .append(" to act without a named human's approval\n"));
        Set<String> snapshots = SnapshotPhase.names(ctx.request.mop());
        if (!snapshots.isEmpty()) {
            out.append("\nSnapshots captured before the first step: ").append(String.join(", ", snapshots))
                    .append('\n');
        }
        out.append("\nExecution (up to ").append(ctx.parallelism).append(" steps at a time):\n");
        waves(GraphKind.EXECUTION, out);
        out.append("\nValidation (").append(validationTiming()).append("):\n");
        for (Check check : ctx.request.mop().validation()) {
            out.append("  - ").append(check.nodeId()).append(params(rendered(check.params())))
                    .append(check.timeout().map(t -> "  (clears within " + Durations.format(t) + ")").orElse(""))
                    .append('\n');
        }
        if (!ctx.request.mop().rollbackGraph().isEmpty()) {
            out.append("\nRollback plan (if a step or validation fails; steps with compensates run only if what "
                    + "they undo started):\n");
            waves(GraphKind.ROLLBACK, out);
        }
        return out.toString().stripTrailing();
    }

    private String validationTiming() {
        var env = ctx.request.environment().validation();
        var own = ctx.request.mop().validationSettings();
        return "all must hold together for " + Durations.format(own.window().orElse(env.window()))
                + ", sampled every " + Durations.format(own.interval().orElse(env.interval()));
    }

    private void waves(GraphKind kind, StringBuilder out) {
        Map<String, List<String>> deps = kind == GraphKind.ROLLBACK ? RollbackOrder.dependencies(ctx.request.mop())
                : ctx.request.mop().executionGraph().stream()
                        .collect(Collectors.toMap(Step::id, Step::dependsOn, (a, b) -> a, LinkedHashMap::new));
        Set<String> placed = new HashSet<>();
        int wave = 1;
        while (placed.size() < deps.size()) {
            List<Step> ready = new ArrayList<>();
            for (Step step : ctx.request.mop().graph(kind)) {
                if (!placed.contains(step.id()) && placed.containsAll(deps.get(step.id()))) {
                    ready.add(step);
                }
            }
            if (ready.isEmpty()) {
                out.append("  (the remaining steps depend on each other in a loop; the MOP is invalid)\n");
                return;
            }
            out.append("  wave ").append(wave++).append(":\n");
            for (Step step : ready) {
                out.append("    ").append(step.id()).append("  ").append(step.action()).append(render(step))
                        .append(options(step)).append('\n');
            }
            ready.forEach(step -> placed.add(step.id()));
        }
    }

    private String render(Step step) {
        Optional<CatalogEntry> entry = ctx.request.catalog().action(step.action());
        if (entry.isEmpty()) {
            return params(step.params());
        }
        try {
            Map<String, Object> prepared = ctx.invoker.prepare(entry.get(), step.params(), ctx.scope.snapshot(Map.of()),
                    step.id());
            return params(CatalogInvoker.forDisplay(prepared));
        } catch (StepFailure e) {
            // Values from snapshots or earlier steps exist only during the run: show them as written.
            return params(step.params()) + "  (rendered at run time)";
        }
    }

    /** A check's parameters rendered in the run's scope where they can be, as written where not. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> rendered(Map<String, Object> params) {
        try {
            return (Map<String, Object>) Template.render(params, ctx.scope.snapshot(Map.of()));
        } catch (TemplateException e) {
            return params;
        }
    }

    private static String options(Step step) {
        List<String> parts = new ArrayList<>();
        step.options().when().ifPresent(w -> parts.add("when " + w));
        step.options().timeout().ifPresent(t -> parts.add("timeout " + Durations.format(t)));
        if (step.options().retries().max() > 0) {
            parts.add(step.options().retries().attempts() + " attempts");
        }
        if (!step.options().compensates().isEmpty()) {
            parts.add("compensates " + String.join(", ", step.options().compensates()));
        }
        if (step.options().compensates().isEmpty() && step.dependsOn().isEmpty() && parts.isEmpty()) {
            return "";
        }
        return parts.isEmpty() ? "" : "  [" + String.join("; ", parts) + "]";
    }

    private static String params(Map<String, Object> params) {
        if (params.isEmpty()) {
            return "";
        }
        return "  " + params.entrySet().stream().map(e -> e.getKey() + "=" + Template.display(e.getValue()))
                .collect(Collectors.joining(" "));
    }

}
