package io.mopstudio.ui.audit;

import com.jfoenix.controls.JFXButton;
import io.mopstudio.ui.run.FinalStateStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The Audit tab's controls: the runs table, the selected run's events, and Refresh. */
public final class AuditView {

    private final BorderPane root = new BorderPane();

    public AuditView(AuditViewModel model) {
        TableView<AuditRunRow> runs = new TableView<>(model.rows());
        runs.setId("auditRunsTable");
        runs.getStyleClass().add("audit-runs");
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        runs.setPlaceholder(new Label("No runs recorded yet."));
        runs.getColumns().add(column("Started", 150, AuditRunRow::started));
        runs.getColumns().add(column("MOP", 320, AuditRunRow::mop));
        runs.getColumns().add(column("Environment", 120, AuditRunRow::environment));
        runs.getColumns().add(column("Operator", 100, AuditRunRow::operator));
        TableColumn<AuditRunRow, String> state = column("Final state", 130, AuditRunRow::finalState);
        state.setCellFactory(c -> new StateCell());
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

        SplitPane split = new SplitPane(runs, events);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        JFXButton refresh = new JFXButton("Refresh");
        refresh.setId("auditRefreshButton");
        refresh.getStyleClass().add("dialog-button");
        refresh.setOnAction(e -> model.refresh());
        Label message = new Label();
        message.getStyleClass().add("audit-message");
        message.textProperty().bind(model.messageProperty());
        HBox bar = new HBox(12, refresh, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("audit-bar");
        root.setTop(bar);
        root.setCenter(split);
    }

    public Node node() {
        return root;
    }

    private static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Final state text in its state colour. */
    private static final class StateCell extends TableCell<AuditRunRow, String> {

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(FinalStateStyle.ALL);
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(item.replace('_', ' '));
            getStyleClass().add(FinalStateStyle.of(item));
        }
    }
}
