package io.mopstudio.ui.audit;

import io.mopstudio.diff.MopChange;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The "Changes" tab: choose the run to compare with; the semantic changes as a table. */
final class MopComparisonView {

    private final BorderPane root = new BorderPane();

    MopComparisonView(MopComparisonViewModel model, ObservableList<AuditRunRow> runs) {
        ComboBox<AuditRunRow> with = new ComboBox<>(runs);
        with.setId("compareWithChoice");
        with.setPromptText("a run");
        with.setCellFactory(list -> new RunCell());
        with.setButtonCell(new RunCell());
        with.valueProperty().bindBidirectional(model.baselineProperty());
        Label summary = new Label();
        summary.setId("compareSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        HBox choice = new HBox(8, new Label("Compare with"), with);
        choice.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, choice, summary);
        top.setPadding(new Insets(6));

        TableView<MopChange> table = new TableView<>(model.changes());
        table.setId("compareChanges");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No changes to show."));
        table.getColumns().add(AuditView.column("Section", 120, c -> c.section().title()));
        table.getColumns().add(AuditView.column("Change", 80, c -> c.kind().title()));
        table.getColumns().add(AuditView.column("Where", 300, MopChange::path));
        table.getColumns().add(AuditView.column("Before", 220, c -> c.before().orElse("")));
        table.getColumns().add(AuditView.column("After", 220, c -> c.after().orElse("")));
        root.setTop(top);
        root.setCenter(table);
    }

    Node node() {
        return root;
    }

    /** A run in the chooser: when it started, which MOP version, its id. */
    private static final class RunCell extends ListCell<AuditRunRow> {
        @Override
        protected void updateItem(AuditRunRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.started() + "  " + row.mop() + "  (" + row.runId() + ")");
        }
    }
}
