package io.mopstudio.ui.forms;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.List;
import java.util.Optional;

/**
 * The snapshots editor in the MOP's form: each snapshot's id (read as {@code pre_execution.ID}),
 * its source (a catalog snapshot, or a primitive action with the part of its output to keep) and
 * parameters, with Add and Remove.
 */
final class SnapshotsForm {

    private SnapshotsForm() {
    }

    static void add(FormGrid grid, FormContext context) {
        Mop mop = context.mop();
        SnapshotEdits edits = context.edits().snapshots();
        List<Snapshot> snapshots = mop.snapshots();
        grid.heading("Snapshots (" + snapshots.size() + ")");
        if (snapshots.isEmpty()) {
            grid.note("None listed: {{ pre_execution.NAME }} still captures a catalog snapshot of that name.");
        }
        List<String> catalogSnapshots = List.copyOf(context.catalog().snapshots().keySet());
        for (int i = 0; i < snapshots.size(); i++) {
            int index = i;
            Snapshot snapshot = snapshots.get(i);
            String id = "snapshot-" + i + "-";
            grid.subheading("pre_execution." + snapshot.id(), grid.button(id + "remove", "Remove",
                    "Remove this snapshot", () -> edits.remove(mop, index)));
            grid.text(id + "id", "id", "Read as {{ pre_execution.ID }}", snapshot.id(), "snapshot id", TemplateNames.NONE,
                    text -> edits.set(index, "id", text));
            grid.choice(id + "snapshot", "snapshot", "A snapshot of the catalog (or set an action instead)",
                    snapshot.snapshot().orElse(""), catalogSnapshots, true, text -> edits.set(index, "snapshot", text));
            grid.choice(id + "action", "action", "A primitive action whose output is kept (instead of a snapshot)",
                    snapshot.action().orElse(""), List.copyOf(context.catalog().actionNames()), true,
                    text -> edits.set(index, "action", text));
            ParamFields.add(grid, context, target(context, edits, index, id), source(context, snapshot),
                    snapshot.params());
            grid.text(id + "observe", "observe", "The part of the action's output to keep, e.g. json",
                    snapshot.observe().orElse(""), "all of it", TemplateNames.NONE, text -> edits.set(index, "observe", text));
        }
        grid.choice("addSnapshot", "add from catalog", "Adds a snapshot of the chosen catalog snapshot, under its name", "",
                catalogSnapshots, false, name -> edits.add(mop, name));
        grid.addNode(grid.button("addActionSnapshot", "Add snapshot of an action",
                "Adds a snapshot with only an id: then choose its action and what to observe", () -> edits.add(mop, "")));
    }

    private static Optional<CatalogEntry> source(FormContext context, Snapshot snapshot) {
        return snapshot.snapshot().flatMap(context.catalog()::snapshot)
                .or(() -> snapshot.action().flatMap(context.catalog()::action));
    }

    private static ParamTarget target(FormContext context, SnapshotEdits edits, int index, String idPrefix) {
        // Snapshots are taken right after the pre-checks, so they may read what a pre-check may.
        TemplateNames names = TemplateScope.names(context.mop(), NodeKey.preCheck(""), context.environment(),
                context.catalog());
        return new ParamTarget(idPrefix, "snapshot", names,
                (param, text, type) -> edits.setParam(index, param, text, type),
                (param, items) -> edits.setList(index, param, items));
    }
}
