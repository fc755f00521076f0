package io.mopstudio.ui.forms;

import io.mopstudio.model.Check;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import java.util.List;

/** The form of a pre-check or validation check: which check, its parameters and thresholds, and its settings. */
final class CheckForm {

    private CheckForm() {
    }

    static FormGrid build(FormContext context, NodeKey node, Check check, boolean abortOnFail) {
        FormGrid grid = new FormGrid(context);
        FormEdits edits = context.edits();
        boolean pre = node.kind() == NodeKind.PRE_CHECK;
        grid.heading((pre ? "Pre-check " : "Validation check ") + check.nodeId());
        grid.choice("field-check", "check", "A check of the catalog", check.check(),
                List.copyOf(context.catalog().checkNames()), true, text -> edits.setField(node, "check", text));
        ParamFields.add(grid, context, node, context.catalog().check(check.check()), check.params());
        grid.heading("Settings");
        if (pre) {
            grid.toggle("field-abort_on_fail", "abort_on_fail", "Off: a failure is only a warning", abortOnFail,
                    text -> edits.setField(node, "abort_on_fail", text));
        }
        grid.text("field-timeout_seconds", "timeout_seconds", "Re-sample until it passes or the time is up",
                check.timeout().map(d -> String.valueOf(d.toSeconds())).orElse(""), "seconds", List.of(),
                text -> edits.setField(node, "timeout_seconds", text));
        return grid;
    }
}
