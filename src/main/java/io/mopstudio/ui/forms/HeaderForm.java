package io.mopstudio.ui.forms;

import io.mopstudio.model.Check;
import io.mopstudio.model.Mop;
import java.util.List;

/** The MOP's own fields and lists: inputs, snapshots, pre-checks (edited here), validation checks (named) and timing. */
final class HeaderForm {

    private HeaderForm() {
    }

    static FormGrid build(FormContext context) {
        FormGrid grid = new FormGrid(context);
        Mop mop = context.mop();
        FormEdits edits = context.edits();
        grid.heading("MOP");
        grid.text("field-mop_id", "mop_id", "Required", mop.mopId(), "MOP-123", TemplateNames.NONE,
                text -> edits.setHeader("mop_id", text));
        grid.text("field-name", "name", "Required", mop.name(), "what it recovers", TemplateNames.NONE,
                text -> edits.setHeader("name", text));
        grid.text("field-version", "version", "Required; written quoted", mop.version(), "1.0.0", TemplateNames.NONE,
                text -> edits.setHeader("version", text));
        grid.text("field-category", "category", "", mop.category(), "database", TemplateNames.NONE,
                text -> edits.setHeader("category", text));
        grid.choice("field-blast_radius_max", "blast_radius_max", "The most any step may risk",
                mop.blastRadiusMax().orElse(""), StepForm.BLAST_RADII, false,
                text -> edits.setHeader("blast_radius_max", text));
        if (mop.description().strip().contains("\n")) {
            // A one-line field would fold the author's lines (a block scalar) into one.
            grid.note("description: " + mop.description().strip().lines().count()
                    + " lines, edited in the YAML pane so that they stay as written");
        } else {
            grid.text("field-description", "description", "What this MOP is for, in a sentence", mop.description(),
                    "what it does and when to use it", TemplateNames.NONE,
                    text -> edits.setHeader("description", text));
        }
        InputsForm.add(grid, context);
        SnapshotsForm.add(grid, context);
        PreChecksForm.add(grid, context);
        grid.heading("Validation (" + mop.validation().size() + ")");
        grid.note(mop.validation().isEmpty() ? "Drag a check from the palette to the right of the steps."
                : String.join(", ", mop.validation().stream().map(Check::nodeId).toList())
                        + " (select one on the canvas to edit it)");
        ValidationTimingFields.add(grid, context);
        return grid;
    }
}
