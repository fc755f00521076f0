package io.mopstudio.ui.audit;

import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.Insights;
import io.mopstudio.audit.RunPage;
import io.mopstudio.audit.RunQuery;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.audit.RunTimeline;
import io.mopstudio.audit.report.RunExport;
import io.mopstudio.ui.canvas.GraphLayouter;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit tab: past runs newest first with their chain verdicts, narrowed by {@link #filterProperty()};
 * for the selected run its events, timeline and replay; the insights of the runs shown; export.
 * Everything is read off the UI thread. A store that cannot be read shows why instead of rows.
 */
public final class AuditViewModel {

    /** Rows the table holds at once; older matching runs are reached by narrowing the filters. */
    public static final int PAGE_SIZE = 200;

    private final AuditSource source;
    private final UiDispatch dispatch;
    private final ZoneId zone;
    private final ObservableList<AuditRunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AuditEventRow> eventRows = FXCollections.observableArrayList();
    private final ObservableList<InsightRow> insightRows = FXCollections.observableArrayList();
    private final FilterChoices choices = new FilterChoices();
    private final ObjectProperty<RunFilter> filter = new SimpleObjectProperty<>(RunFilter.ALL);
    private final ObjectProperty<AuditRunRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TimelineModel> timeline = new ReadOnlyObjectWrapper<>(TimelineModel.EMPTY);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReplayViewModel replay;
    private final MopComparisonViewModel comparison;
    private RunPage page = new RunPage(List.of(), false, 0, 0);
    private RunPage.FilterValues recorded = new RunPage.FilterValues(List.of(), List.of(), List.of(), List.of());
    private Map<String, ChainVerdict> verdicts = Map.of();
    /** Whether the filters' choices are to be read again after the next page. */
    private boolean choicesStale = true;
    /** Counts listings, so that a page or verdicts read for an earlier filter are dropped. */
    private long listing;
    /** Counts selections, so that a run read for an earlier selection is dropped. */
    private long selection;

    public AuditViewModel(AuditSource source, GraphLayouter layouter, UiDispatch dispatch, ZoneId zone) {
        this.source = source;
        this.dispatch = dispatch;
        this.zone = zone;
        this.replay = new ReplayViewModel(layouter, dispatch);
        this.comparison = new MopComparisonViewModel(source, dispatch);
        selected.addListener((obs, old, now) -> loadRun(now));
        selected.addListener((obs, old, now) -> comparison.select(now, rows));
        filter.addListener((obs, old, now) -> list());
    }

    /**
     * Lists the runs as {@link #list()} does, then reads the filters' choices again: after, since
     * that reads the whole runs table (seconds at 100,000 runs) and the rows must come first.
     */
    public void refresh() {
        choicesStale = true;
        list();
    }

    /**
     * Reads the first page of runs matching the filter, newest first, and shows it; then verifies
     * the chains of those runs only and fills in their marks: at 100,000 runs the table must show
     * at once, not after every chain. Keeps the selection when that run is still shown.
     */
    private void list() {
        RunQuery query = filter.get().query(zone);
        long request = ++listing;
        dispatch.background(() -> source.page(query, PAGE_SIZE)).whenComplete((loaded, error) -> {
            if (error != null) {
                message.set("Cannot read the audit: " + UiDispatch.unwrap(error).getMessage());
                return;
            }
            if (request != listing) {
                return;
            }
            page = loaded;
            updateChoices();
            verdicts = Map.of();
            showRows();
            verifyShown(request);
            loadInsights();
        });
    }

    private void updateChoices() {
        boolean unfinished = page.recorded() > page.finished();
        if (!choicesStale) {
            choices.update(recorded, unfinished);
            return;
        }
        choicesStale = false;
        dispatch.background(source::filterValues).whenComplete((values, error) -> {
            if (error == null) {
                recorded = values;
                choices.update(recorded, unfinished);
            }
        });
    }

    private void verifyShown(long request) {
        List<String> ids = page.runs().stream().map(RunSummary::runId).toList();
        dispatch.background(() -> source.verify(ids)).whenComplete((checked, error) -> {
            if (error != null || request != listing) {
                return;
            }
            verdicts = checked.stream().collect(Collectors.toMap(ChainVerdict::runId, Function.identity()));
            showRows();
        });
    }

    private void showRows() {
        String keep = selected.get() == null ? null : selected.get().runId();
        rows.setAll(page.runs().stream().map(run -> AuditRunRow.of(run, Optional.ofNullable(verdicts.get(run.runId()))))
                .toList());
        long broken = verdicts.values().stream().filter(ChainVerdict::isBroken).count();
        String shown = page.more()
                ? "The newest " + page.runs().size() + " matching runs shown, of " + page.recorded()
                        + " recorded; more match: narrow the filters to see older ones."
                : page.runs().size() + " of " + page.recorded() + " runs shown.";
        message.set((page.recorded() == 0 ? "No runs recorded yet." : shown)
                + (broken == 0 ? "" : " " + broken + " with a BROKEN hash chain: the audit was changed."));
        rows.stream().filter(r -> r.runId().equals(keep)).findFirst().ifPresentOrElse(selected::set,
                () -> selected.set(null));
    }

    private void loadInsights() {
        Optional<String> mop = filter.get().mop().isEmpty() ? Optional.empty() : Optional.of(filter.get().mop());
        dispatch.background(() -> source.insights(mop)).whenComplete((insights, error) -> {
            if (error == null) {
                insightRows.setAll(InsightRow.of(insights));
            }
        });
    }

    private void loadRun(AuditRunRow row) {
        long request = ++selection;
        eventRows.clear();
        timeline.set(TimelineModel.EMPTY);
        if (row == null) {
            replay.clear();
            return;
        }
        dispatch.background(() -> new SelectedRun(source.events(row.runId()), source.mopText(row.runId()).orElse("")))
                .whenComplete((run, error) -> {
                    if (request != selection) {
                        return;
                    }
                    if (error != null) {
                        message.set("Cannot read run " + row.runId() + ": " + UiDispatch.unwrap(error).getMessage());
                        return;
                    }
                    eventRows.setAll(run.events().stream().map(AuditEventRow::of).toList());
                    timeline.set(TimelineModel.of(RunTimeline.of(run.events())));
                    replay.load(run.mopText(), run.events());
                });
    }

    private record SelectedRun(List<AuditEvent> events, String mopText) {
    }

    /** Writes the selected run to {@code file} as {@code export} says; says how it went in {@link #messageProperty()}. */
    public void export(Path file, RunExport export) {
        AuditRunRow row = selected.get();
        if (row == null) {
            message.set("Select a run to export.");
            return;
        }
        dispatch.background(() -> {
            if (!source.export(row.runId(), export, file)) {
                throw new IllegalStateException("run " + row.runId() + " is no longer in the audit");
            }
            return file;
        }).whenComplete((written, error) -> message.set(error == null ? "Exported run " + row.runId() + " to " + written
                : "Could not export run " + row.runId() + ": " + UiDispatch.unwrap(error).getMessage()));
    }

    public ObservableList<AuditRunRow> rows() {
        return rows;
    }

    public ObservableList<AuditEventRow> events() {
        return eventRows;
    }

    /** The insights of the filtered MOP, or of every MOP. */
    public ObservableList<InsightRow> insights() {
        return insightRows;
    }

    /** The values each filter can take, from the runs recorded. */
    public FilterChoices choices() {
        return choices;
    }

    public ObjectProperty<RunFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<AuditRunRow> selectedProperty() {
        return selected;
    }

    /** The selected run laid out over time; {@link TimelineModel#EMPTY} when none is selected. */
    public ReadOnlyObjectProperty<TimelineModel> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** The "Changes" tab: the selected run's MOP against another run's, by meaning. */
    public MopComparisonViewModel comparison() {
        return comparison;
    }

    public ReplayViewModel replay() {
        return replay;
    }

    /** How many runs there are, or why none can be shown. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** {@link Insights#THRESHOLD_RULE}, for the Insights tab to state. */
    public String thresholdRule() {
        return Insights.THRESHOLD_RULE;
    }
}
