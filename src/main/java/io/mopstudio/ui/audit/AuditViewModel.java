package io.mopstudio.ui.audit;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit tab: past runs newest first, and the recorded events of the selected one, read off
 * the UI thread. A store that cannot be read shows why instead of rows.
 */
public final class AuditViewModel {

    private final Supplier<List<RunSummary>> runs;
    private final Function<String, List<AuditEvent>> events;
    private final UiDispatch dispatch;
    private final ObservableList<AuditRunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditEventRow> eventRows = FXCollections.observableArrayList();
    private final ObjectProperty<AuditRunRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Counts selections, so that events read for an earlier selection are dropped. */
    private long selection;

    /** {@code runs} lists runs newest first; {@code events} gives a run's events in order. */
    public AuditViewModel(Supplier<List<RunSummary>> runs, Function<String, List<AuditEvent>> events,
            UiDispatch dispatch) {
        this.runs = runs;
        this.events = events;
        this.dispatch = dispatch;
        selected.addListener((obs, old, now) -> loadEvents(now));
    }

    /** Reads the list of runs again, keeping the selection when that run is still listed. */
    public void refresh() {
        dispatch.background(runs::get).whenComplete((list, error) -> {
            if (error != null) {
                message.set("Cannot read the audit: " + UiDispatch.unwrap(error).getMessage());
                return;
            }
            String keep = selected.get() == null ? null : selected.get().runId();
            rows.setAll(list.stream().map(AuditRunRow::of).toList());
            message.set(rows.isEmpty() ? "No runs recorded yet." : rows.size() + " runs recorded.");
            rows.stream().filter(r -> r.runId().equals(keep)).findFirst().ifPresentOrElse(selected::set,
                    () -> selected.set(null));
        });
    }

    private void loadEvents(AuditRunRow row) {
        long request = ++selection;
        eventRows.clear();
        if (row == null) {
            return;
        }
        dispatch.background(() -> events.apply(row.runId())).whenComplete((list, error) -> {
            if (request != selection) {
                return;
            }
            if (error != null) {
                message.set("Cannot read run " + row.runId() + ": " + UiDispatch.unwrap(error).getMessage());
                return;
            }
            eventRows.setAll(list.stream().map(AuditEventRow::of).toList());
        });
    }

    public ObservableList<AuditRunRow> rows() {
        return rows;
    }

    public ObservableList<AuditEventRow> events() {
        return eventRows;
    }

    public ObjectProperty<AuditRunRow> selectedProperty() {
        return selected;
    }

    /** How many runs there are, or why none can be shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
