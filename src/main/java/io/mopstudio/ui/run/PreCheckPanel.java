package io.mopstudio.ui.run;

import io.mopstudio.engine.event.CheckOutcome;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The pre-checks as a table: check, verdict, observed against expected, and why. */
final class PreCheckPanel {

    private final VBox root;

    PreCheckPanel(PreCheckTable table) {
        TableView<PreCheckRow> rows = new TableView<>(table.rows());
        rows.setId("preCheckTable");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.setPlaceholder(new Label("No pre-check evaluated yet."));
        rows.getColumns().add(column("Check", 150, PreCheckRow::nodeId));
        TableColumn<PreCheckRow, String> outcome = column("Verdict", 70, r -> r.outcome().name());
        outcome.setCellFactory(c -> new OutcomeCell());
        rows.getColumns().add(outcome);
        rows.getColumns().add(column("Observed", 110, PreCheckRow::observed));
        rows.getColumns().add(column("Expected", 110, PreCheckRow::expected));
        rows.getColumns().add(column("Why", 220, PreCheckRow::message));
        VBox.setVgrow(rows, Priority.ALWAYS);
        root = new VBox(6, rows);
        root.getStyleClass().add("run-panel");
    }

    Node node() {
        return root;
    }

    private static TableColumn<PreCheckRow, String> column(String title, double width,
            Function<PreCheckRow, String> value) {
        TableColumn<PreCheckRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** PASS, WARN and FAIL in their colours, from the stylesheet. */
    private static final class OutcomeCell extends TableCell<PreCheckRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("outcome-pass", "outcome-warn", "outcome-fail");
            setText(empty ? null : item);
            if (!empty && item != null) {
                getStyleClass().add("outcome-" + CheckOutcome.valueOf(item).name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
