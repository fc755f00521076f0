package io.mopstudio.ui.audit;

import io.mopstudio.diff.MopChange;
import io.mopstudio.diff.MopDiff;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.yaml.MopLoader;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit tab's "Changes": what changed in meaning between the MOP the selected run ran and the
 * MOP another run ran — by default the run of the same MOP just before it among those shown, which
 * answers "what is different since it last ran?".
 */
public final class MopComparisonViewModel {

    private final AuditSource source;
    private final UiDispatch dispatch;
    private final ObjectProperty<AuditRunRow> run = new SimpleObjectProperty<>();
    private final ObjectProperty<AuditRunRow> baseline = new SimpleObjectProperty<>();
    private final ObservableList<MopChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Select a run to see what changed.");

    MopComparisonViewModel(AuditSource source, UiDispatch dispatch) {
        this.source = source;
        this.dispatch = dispatch;
        run.addListener((obs, old, now) -> compare());
        baseline.addListener((obs, old, now) -> compare());
    }

    /** Selects {@code selected} and, as its baseline, the next older run of the same MOP in {@code shown} (newest first). */
    void select(AuditRunRow selected, List<AuditRunRow> shown) {
        AuditRunRow previous = null;
        if (selected != null) {
            int at = shown.indexOf(selected);
            previous = at < 0 ? null : shown.subList(at + 1, shown.size()).stream()
                    .filter(row -> row.mopId().equals(selected.mopId())).findFirst().orElse(null);
        }
        // Set the baseline first so that one comparison runs, with both sides known.
        baseline.set(previous);
        run.set(selected);
    }

    private void compare() {
        AuditRunRow newer = run.get();
        AuditRunRow older = baseline.get();
        changes.clear();
        if (newer == null) {
            summary.set("Select a run to see what changed.");
            return;
        }
        if (older == null) {
            summary.set("Choose a run to compare run " + newer.runId() + " with (no earlier run of " + newer.mopId()
                    + " is shown).");
            return;
        }
        if (older.runId().equals(newer.runId())) {
            summary.set("Choose another run: a run compared with itself has no changes.");
            return;
        }
        dispatch.background(() -> MopDiff.between(mop(older), mop(newer))).whenComplete((found, error) -> {
            if (run.get() != newer || baseline.get() != older) {
                return; // the selection moved on while this was computed
            }
            if (error != null) {
                summary.set("Cannot compare: " + UiDispatch.unwrap(error).getMessage());
                return;
            }
            changes.setAll(found);
            summary.set(found.isEmpty()
                    ? "No change in meaning between the MOP run " + older.runId() + " ran and the one run "
                            + newer.runId() + " ran."
                    : found.size() + (found.size() == 1 ? " change" : " changes") + " from run " + older.runId()
                            + " (" + older.mop() + ", " + older.started() + ") to run " + newer.runId() + ".");
        });
    }

    private Mop mop(AuditRunRow row) {
        String text = source.mopText(row.runId()).orElseThrow(() -> new IllegalStateException(
                "the audit holds no MOP text for run " + row.runId()));
        Optional<Mop> mop = new MopLoader().parse(text, "run " + row.runId()).value();
        return mop.orElseThrow(() -> new IllegalStateException("the MOP of run " + row.runId() + " no longer reads"));
    }

    /** The run whose MOP is compared against; set by choosing in the view. */
    public ObjectProperty<AuditRunRow> baselineProperty() {
        return baseline;
    }

    public ObservableList<MopChange> changes() {
        return changes;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
