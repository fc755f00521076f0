package io.mopstudio.ui.forms;

import io.mopstudio.model.Check;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import java.util.List;

/**
 * The form of a pre-check or validation check: which check, its parameters and thresholds, and its
 * settings; a validation check's form also says in one sentence when it passes, and holds the MOP's
 * validation timing that sentence depends on.
 */
final class CheckForm {

    private CheckForm() {
    }

    static FormGrid build(FormContext context, NodeKey node, Check check, boolean abortOnFail) {
        FormGrid grid = new FormGrid(context);
        boolean pre = node.kind() == NodeKind.PRE_CHECK;
        grid.heading((pre ? "Pre-check " : "Validation check ") + check.nodeId());
        if (!pre) {
            grid.note(ValidationSentence.of(check, context.catalog(), context.mop().validationSettings(),
                    context.environment())).setId("validation-sentence");
        }
        fields(grid, context, node, check, abortOnFail, "");
        if (!pre) {
            ValidationTimingFields.add(grid, context);
        }
        return grid;
    }

    /**
     * The check's own fields; {@code idPrefix} keeps their control ids apart when several checks
     * share a form (the pre-checks list in the MOP's form).
     */
    static void fields(FormGrid grid, FormContext context, NodeKey node, Check check, boolean abortOnFail,
            String idPrefix) {
        FormEdits edits = context.edits();
        grid.choice(idPrefix + "field-check", "check", "A check of the catalog", check.check(),
                List.copyOf(context.catalog().checkNames()), true, text -> edits.setField(node, "check", text));
        ParamFields.add(grid, context, ParamTarget.of(context, node, idPrefix), context.catalog().check(check.check()),
                check.params());
        grid.heading("Settings");
        if (node.kind() == NodeKind.PRE_CHECK) {
            grid.toggle(idPrefix + "field-abort_on_fail", "abort_on_fail", "Off: a failure is only a warning",
                    abortOnFail, text -> edits.setField(node, "abort_on_fail", text));
        }
        grid.text(idPrefix + "field-timeout_seconds", "timeout_seconds", "Re-sample until it passes or the time is up",
                edits.shown(node, "timeout_seconds", check.timeout().map(d -> String.valueOf(d.toSeconds()))),
                "seconds", TemplateNames.NONE,
                text -> edits.setField(node, "timeout_seconds", text));
    }
}
