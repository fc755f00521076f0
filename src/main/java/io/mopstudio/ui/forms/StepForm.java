package io.mopstudio.ui.forms;

import io.mopstudio.model.Durations;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Retries;
import io.mopstudio.model.Step;
import io.mopstudio.model.StepOptions;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.List;

/** The form of one step: id (renaming updates references), action, parameters by type, and every step field. */
final class StepForm {

    static final List<String> BLAST_RADII = List.of("low", "medium", "high", "critical");

    private StepForm() {
    }

    static FormGrid build(FormContext context, GraphKind graph, Step step) {
        FormGrid grid = new FormGrid(context);
        NodeKey node = NodeKey.step(graph, step.id());
        FormEdits edits = context.edits();
        grid.heading((graph == GraphKind.EXECUTION ? "Step " : "Rollback step ") + step.id());
        grid.text("field-id", "id", "Renaming updates depends_on, compensates and templates", step.id(), "step id",
                TemplateNames.NONE, text -> edits.rename(graph, step.id(), text));
        grid.choice("field-action", "action", "An action of the catalog", step.action(),
                List.copyOf(context.catalog().actionNames()), true, text -> edits.setField(node, "action", text));
        ParamFields.add(grid, context, node, context.catalog().action(step.action()), step.params());
        grid.heading("Run settings");
        StepOptions options = step.options();
        if (graph == GraphKind.ROLLBACK && !edits.written(node, "on_failure")) {
            grid.note("If this step fails, the run ends ROLLBACK_FAILED for a human to take over: there is no"
                    + " rollback of a rollback.");
        } else {
            // Blank is "not written, rollback by default", and says so; a written rollback shows as written.
            // On a rollback step only when written, so that it can be seen (Problems warns) and removed.
            FormGrid.blankShownAs(grid.choice("field-on_failure", "on_failure", "abort, rollback (default) or continue",
                    step.onFailure() == OnFailure.ROLLBACK && !edits.written(node, "on_failure") ? ""
                            : step.onFailure().yamlName(),
                    List.of("abort", "rollback", "continue"), false, text -> edits.setField(node, "on_failure", text)),
                    "rollback (default)");
        }
        grid.text("field-timeout", "timeout", "Limit for one attempt: 500ms, 15s, 2m, 1h30m",
                edits.shown(node, "timeout", options.timeout().map(Durations::format)), "duration", TemplateNames.NONE,
                text -> edits.setField(node, "timeout", text));
        retries(grid, edits, node, options.retries());
        TemplateNames names = TemplateScope.names(context.mop(), node, context.environment(), context.catalog());
        grid.text("field-when", "when", "Run only if this holds, e.g. {{ incident.force }}",
                options.when().orElse(""), "condition", names, text -> edits.setField(node, "when", text));
        grid.text("field-description", "description", "", options.description(), "", TemplateNames.NONE,
                text -> edits.setField(node, "description", text));
        grid.choice("field-blast_radius", "blast_radius", "How much this step can hurt",
                options.blastRadius().orElse(""), BLAST_RADII, false, text -> edits.setField(node, "blast_radius", text));
        grid.text("field-depends_on", "depends_on", "Steps of this graph that must succeed first (or draw a wire)",
                String.join(", ", step.dependsOn()), "ids, comma separated", TemplateNames.NONE,
                text -> edits.setField(node, "depends_on", text));
        if (graph == GraphKind.ROLLBACK) {
            grid.text("field-compensates", "compensates", "Execution steps this undoes: runs only if one started",
                    String.join(", ", options.compensates()), "execution step ids", TemplateNames.NONE,
                    text -> edits.setField(node, "compensates", text));
        }
        return grid;
    }

    /** One of the retries fields: which part, its control's id, label, tooltip and prompt. */
    private record RetriesRow(RetriesText.Field field, String id, String label, String tip, String prompt) {
    }

    private static final List<RetriesRow> RETRIES = List.of(
            new RetriesRow(RetriesText.Field.MAX, "field-retries", "retries",
                    "Extra attempts after a failure: 2 means at most 3 attempts", "whole number"),
            new RetriesRow(RetriesText.Field.DELAY, "field-retries_delay", "retry delay",
                    "Wait before the first retry: 500ms, 10s, 2m", "no wait"),
            new RetriesRow(RetriesText.Field.BACKOFF, "field-retries_backoff", "backoff",
                    "Each wait is the last one times this (1 or more; 2 doubles)", "1"),
            new RetriesRow(RetriesText.Field.TOTAL, "field-retries_total", "retries total",
                    "Bounds all attempts and waits together (a duration)", "no bound"));

    /** The four parts of retries; each edit rewrites the whole value from the others as they are now. */
    private static void retries(FormGrid grid, FormEdits edits, NodeKey node, Retries retries) {
        for (RetriesRow row : RETRIES) {
            grid.text(row.id(), row.label(), row.tip(), RetriesText.shown(retries, row.field()), row.prompt(),
                    TemplateNames.NONE, text -> edits.setRetries(node, retries, row.field(), text));
        }
    }
}
