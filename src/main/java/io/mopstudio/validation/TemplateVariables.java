package io.mopstudio.validation;

import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.yaml.Suggestions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a template variable may name at each point of a run. {@code incident.*} is any field when
 * the MOP declares no {@code inputs:} (as the seed), else a declared input; {@code env.*} is a
 * variable of the environment, when one is known; {@code pre_execution.*} is a snapshot of the MOP
 * or the catalog, available once snapshots are taken (after pre-checks); {@code steps.ID.output.*}
 * is a step that surely ran before: an ancestor through depends_on for an execution step, any
 * execution step for validation and rollback, a rollback ancestor too for a rollback step.
 */
final class TemplateVariables {

    /** A finding about one variable: its rule id and plain message. */
    record Finding(String rule, String message) {
    }

    private final Mop mop;
    private final ValidationContext context;
    private final StepOrder execution;
    private final StepOrder rollback;
    private final Set<String> snapshots = new LinkedHashSet<>();

    TemplateVariables(Mop mop, ValidationContext context) {
        this.mop = mop;
        this.context = context;
        this.execution = new StepOrder(mop.executionGraph());
        this.rollback = new StepOrder(mop.rollbackGraph());
        mop.snapshots().stream().map(Snapshot::id).forEach(snapshots::add);
        snapshots.addAll(context.catalog().snapshots().keySet());
    }

    Optional<Finding> problem(Site site, String path, String suffix) {
        String[] parts = path.split("\\.");
        String field = parts.length > 1 ? parts[1] : "";
        String where = site.label() + suffix;
        return switch (parts[0]) {
            case "incident" -> incident(field, where);
            case "env" -> env(field, where);
            case "pre_execution" -> preExecution(site, field, where);
            case "steps" -> steps(site, parts, where);
            default -> Optional.of(new Finding("template.unknown_variable", where + ": unknown variable '" + path
                    + "'; templates may use incident.*, env.*, pre_execution.* and steps.<id>.output.*"));
        };
    }

    private Optional<Finding> incident(String field, String where) {
        List<Input> inputs = mop.inputs();
        if (field.isEmpty()) {
            return Optional.of(new Finding("template.unknown_variable", where + ": write incident.<field>"));
        }
        if (inputs.isEmpty() || inputs.stream().anyMatch(input -> input.name().equals(field))) {
            return Optional.empty();
        }
        List<String> names = inputs.stream().map(Input::name).toList();
        String hint = Suggestions.nearest(field, names).map(s -> "did you mean '" + s + "'? ").orElse("");
        return Optional.of(new Finding("template.undeclared_input", where + ": incident." + field
                + " is not declared in inputs; " + hint + "declared: " + String.join(", ", names)));
    }

    private Optional<Finding> env(String field, String where) {
        return context.environment()
                .filter(env -> !env.variables().containsKey(field))
                .map(env -> new Finding("template.unknown_env", where + ": env." + field
                        + " is not defined by environment '" + env.name() + "'"
                        + Suggestions.nearest(field, env.variables().keySet()).map(s -> "; did you mean '" + s + "'?")
                                .orElse("")
                        + " (it defines: " + String.join(", ", env.variables().keySet()) + ")"));
    }

    private Optional<Finding> preExecution(Site site, String field, String where) {
        if (site.phase() == Site.Phase.PRE_CHECK || site.phase() == Site.Phase.SNAPSHOT) {
            return Optional.of(new Finding("template.not_yet_available", where + ": pre_execution." + field
                    + " is taken after the pre-checks, so pre-checks and snapshots cannot use it"));
        }
        if (snapshots.contains(field)) {
            return Optional.empty();
        }
        String hint = Suggestions.nearest(field, snapshots).map(s -> "; did you mean '" + s + "'?").orElse("");
        return Optional.of(new Finding("template.unknown_snapshot", where + ": pre_execution." + field
                + " names no snapshot: neither the MOP's snapshots: nor " + context.catalogLabel()
                + " have one called '" + field + "'" + hint));
    }

    private Optional<Finding> steps(Site site, String[] parts, String where) {
        if (site.phase() == Site.Phase.PRE_CHECK || site.phase() == Site.Phase.SNAPSHOT) {
            return Optional.of(new Finding("template.not_yet_available", where + ": steps." + (parts.length > 1
                    ? parts[1] : "") + " has not run yet: pre-checks and snapshots come before any step"));
        }
        if (parts.length < 3 || !parts[2].equals("output")) {
            return Optional.of(new Finding("template.unknown_variable", where + ": write steps.<id>.output.<field>,"
                    + " not '" + String.join(".", parts) + "'"));
        }
        String id = parts[1];
        boolean isRollbackAncestor = site.phase() == Site.Phase.ROLLBACK && site.stepId().isPresent()
                && rollback.ancestorsOf(site.stepId().get()).contains(id);
        if (!execution.contains(id) && !isRollbackAncestor) {
            String hint = Suggestions.nearest(id, mop.executionGraph().stream().map(s -> s.id()).toList())
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
            String why = rollback.contains(id) ? ", and a rollback step it does not depend on may not have run"
                    : hint;
            return Optional.of(new Finding("template.unknown_step", where + ": steps." + id
                    + " names no step of execution_graph" + why));
        }
        if (site.phase() == Site.Phase.EXECUTION && site.stepId().isPresent()
                && !execution.ancestorsOf(site.stepId().get()).contains(id)) {
            return Optional.of(new Finding("template.step_not_before", where + ": reads steps." + id
                    + ".output, but '" + id + "' is not in its depends_on (directly or through other steps),"
                    + " so it may not have run yet; add '" + id + "' to depends_on"));
        }
        return Optional.empty();
    }
}
