package io.mopstudio.ui.shell;

import io.mopstudio.ui.builder.Shortcut;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every shortcut of the window, from the one registry that installs them. */
final class ShortcutSheet {

    static final String TABLE_ID = "shortcutsTable";

    private ShortcutSheet() {
    }

    static Dialog<ButtonType> create(Window owner, List<Shortcut> shortcuts) {
        TableView<Shortcut> table = new TableView<>(FXCollections.observableArrayList(shortcuts));
        table.setId(TABLE_ID);
        table.getColumns().add(column("Keys", Shortcut::keysText, 150));
        table.getColumns().add(column("What it does", Shortcut::does, 480));
        table.getColumns().add(column("Where", Shortcut::where, 110));
        // Wide enough for the longest description, so none is cut short with "…".
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefSize(760, 520);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.initOwner(owner);
        return dialog;
    }

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> text, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
