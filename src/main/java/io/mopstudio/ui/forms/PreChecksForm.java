package io.mopstudio.ui.forms;

import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.List;

/**
 * The pre-checks editor in the MOP's form: every check in run order with its own fields (as its
 * canvas form has them), moved up or down or removed from its heading, and a choice to add one.
 */
final class PreChecksForm {

    private PreChecksForm() {
    }

    static void add(FormGrid grid, FormContext context) {
        Mop mop = context.mop();
        PreCheckEdits edits = context.edits().preChecks();
        List<PreCheck> checks = mop.preChecks();
        grid.heading("Pre-checks (" + checks.size() + ")");
        if (checks.isEmpty()) {
            grid.note("None: the first step starts without checking anything first.");
        }
        for (int i = 0; i < checks.size(); i++) {
            int index = i;
            PreCheck check = checks.get(i);
            String id = "pre_check-" + i + "-";
            var up = grid.button(id + "up", "↑", "Run this check earlier", () -> edits.move(mop, index, -1));
            var down = grid.button(id + "down", "↓", "Run this check later", () -> edits.move(mop, index, +1));
            up.setDisable(i == 0);
            down.setDisable(i == checks.size() - 1);
            grid.subheading((i + 1) + ". " + check.nodeId(), up, down,
                    grid.button(id + "remove", "Remove", "Remove this pre-check", () -> edits.remove(mop, index)));
            CheckForm.fields(grid, context, NodeKey.preCheck(check.nodeId()), check.check(), check.abortOnFail(), id);
        }
        grid.choice("addPreCheck", "add", "Adds the chosen check of the catalog after the others", "",
                List.copyOf(context.catalog().checkNames()), false, edits::add);
    }
}
