package io.mopstudio.ui.audit;

import com.jfoenix.controls.JFXButton;
import io.mopstudio.audit.report.RunExport;
import io.mopstudio.ui.run.FinalStateStyle;
import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Audit tab's controls: filters, the runs table with each run's chain verdict, and for the
 * selected run its timeline, replay and events; the insights of the runs shown; Refresh and Export.
 */
public final class AuditView {

    private static final String STYLESHEET = "/styles/audit.css";

    private final AuditViewModel model;
    private final BorderPane root = new BorderPane();

    public AuditView(AuditViewModel model) {
        this.model = model;
        root.getStylesheets().add(Objects.requireNonNull(AuditView.class.getResource(STYLESHEET),
                STYLESHEET + " is missing from the jar").toExternalForm());
        TabPane details = new TabPane(tab("Timeline", new TimelineView(model).node()),
                tab("Replay", new ReplayView(model.replay()).node()), tab("Events", events()),
                tab("Changes", new MopComparisonView(model.comparison(), model.rows()).node()),
                tab("Insights", insights()));
        details.setId("auditDetails");
        SplitPane split = new SplitPane(runs(), details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        root.setTop(new VBox(bar(), new RunFiltersBar(model).node()));
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    private Node bar() {
        JFXButton refresh = new JFXButton("Refresh");
        refresh.setId("auditRefreshButton");
        refresh.getStyleClass().add("dialog-button");
        refresh.setOnAction(e -> model.refresh());
        JFXButton export = new JFXButton("Export…");
        export.setId("auditExportButton");
        export.getStyleClass().add("dialog-button");
        export.disableProperty().bind(model.selectedProperty().isNull());
        export.setTooltip(new Tooltip("The selected run as an HTML, Markdown or PDF report for the change board, "
                + "or as data: JSON with its hash chain, CSV of events"));
        export.setOnAction(e -> export());
        Label message = new Label();
        message.setId("auditMessage");
        message.getStyleClass().add("audit-message");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(12, refresh, export, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("audit-bar");
        return bar;
    }

    private Node runs() {
        TableView<AuditRunRow> runs = new TableView<>(model.rows());
        runs.setId("auditRunsTable");
        runs.getStyleClass().add("audit-runs");
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setPlaceholder(new Label("No runs recorded yet, or none match the filters."));
        TableColumn<AuditRunRow, String> chain = column("Chain", 90, AuditRunRow::chain);
        chain.setCellFactory(c -> new StyledCell(text -> "chain-" + text.toLowerCase().replace(' ', '-'), true));
        runs.getColumns().add(chain);
        runs.getColumns().add(column("Started", 150, AuditRunRow::started));
        runs.getColumns().add(column("MOP", 300, AuditRunRow::mop));
        runs.getColumns().add(column("Environment", 110, AuditRunRow::environment));
        runs.getColumns().add(column("Operator", 100, AuditRunRow::operator));
        TableColumn<AuditRunRow, String> state = column("Final state", 130, AuditRunRow::finalState);
        state.setCellFactory(c -> new StyledCell(FinalStateStyle::of, false));
        runs.getColumns().add(state);
        runs.getColumns().add(column("Duration", 90, AuditRunRow::duration));
        runs.getColumns().add(column("Run id", 200, AuditRunRow::runId));
        runs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty()
                .set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (runs.getSelectionModel().getSelectedItem() != now) {
                runs.getSelectionModel().select(now);
            }
        });
        return runs;
    }

    private Node events() {
        TableView<AuditEventRow> events = new TableView<>(model.events());
        events.setId("auditEventsTable");
        events.getStyleClass().add("audit-events");
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.setPlaceholder(new Label("Select a run to see its recorded events."));
        TableColumn<AuditEventRow, Long> seq = new TableColumn<>("Seq");
        seq.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        seq.setPrefWidth(50);
        events.getColumns().add(seq);
        events.getColumns().add(column("Time", 110, AuditEventRow::time));
        events.getColumns().add(column("Event", 800, AuditEventRow::description));
        return events;
    }

    private Node insights() {
        TableView<InsightRow> table = new TableView<>(model.insights());
        table.setId("auditInsightsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No runs to learn from yet."));
        table.getColumns().add(column("Insight", 110, InsightRow::section));
        table.getColumns().add(column("MOP", 90, InsightRow::mop));
        table.getColumns().add(column("About", 220, InsightRow::subject));
        table.getColumns().add(column("Figures", 340, InsightRow::figures));
        table.getColumns().add(column("Reading", 220, InsightRow::verdict));
        Label rule = new Label(model.thresholdRule());
        rule.setWrapText(true);
        rule.getStyleClass().add("insights-rule");
        BorderPane pane = new BorderPane(table);
        pane.setBottom(rule);
        return pane;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the run");
        chooser.getExtensionFilters().addAll(RunExport.ALL.stream()
                .map(e -> new FileChooser.ExtensionFilter(e.label() + " (*." + e.extension() + ")", "*." + e.extension()))
                .toList());
        chooser.setInitialFileName("run-" + model.selectedProperty().get().runId() + "." + RunExport.ALL.get(0).extension());
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        // The extension typed wins; without one, the filter chosen in the dialog decides.
        int chosen = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        RunExport export = RunExport.forFile(file.toPath())
                .orElse(RunExport.ALL.get(Math.max(0, chosen)));
        model.export(file.toPath(), export);
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Text in a colour its value chooses: final states, chain verdicts. */
    private static final class StyledCell extends TableCell<AuditRunRow, String> {

        private final Function<String, String> style;
        private final boolean chain;
        private String applied;

        StyledCell(Function<String, String> style, boolean chain) {
            this.style = style;
            this.chain = chain;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (applied != null) {
                getStyleClass().remove(applied);
                applied = null;
            }
            setTooltip(null);
            if (empty || item == null || item.isEmpty()) {
                setText(null);
                return;
            }
            setText(chain ? item : item.replace('_', ' '));
            applied = style.apply(item);
            getStyleClass().add(applied);
            if (chain && getTableRow() != null && getTableRow().getItem() != null) {
                setTooltip(new Tooltip(getTableRow().getItem().chainDetail()));
            }
        }
    }
}
