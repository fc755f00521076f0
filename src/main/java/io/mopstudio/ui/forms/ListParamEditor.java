package io.mopstudio.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A parameter of list type (a command's arguments, a query's values) edited item by item rather than
 * as comma-separated text, which could not hold an item with a comma: each item its own field with
 * up, down and remove, and a field to add one. Every change writes the whole list, on one line.
 */
final class ListParamEditor {

    private ListParamEditor() {
    }

    static Node build(FormGrid grid, String id, List<String> items, Function<List<String>, Optional<String>> write) {
        VBox box = new VBox(3);
        box.setId(id);
        box.getStyleClass().add("list-param");
        for (int i = 0; i < items.size(); i++) {
            int index = i;
            TextField item = new TextField(items.get(i));
            item.setId(id + "-" + i);
            grid.committing(item, items.get(i), text -> write.apply(
                    text.isBlank() ? without(items, index) : replaced(items, index, text)));
            HBox.setHgrow(item, Priority.ALWAYS);
            HBox row = new HBox(2, item,
                    grid.button(id + "-up-" + i, "↑", "Move up", () -> write.apply(swapped(items, index, index - 1))),
                    grid.button(id + "-down-" + i, "↓", "Move down",
                            () -> write.apply(swapped(items, index, index + 1))),
                    grid.button(id + "-remove-" + i, "✕", "Remove this item", () -> write.apply(without(items, index))));
            row.getChildren().get(1).setDisable(i == 0);
            row.getChildren().get(2).setDisable(i == items.size() - 1);
            box.getChildren().add(row);
        }
        TextField add = new TextField();
        add.setId(id + "-add");
        add.setPromptText(items.isEmpty() ? "first item, then Enter" : "another item, then Enter");
        grid.committing(add, "", text -> write.apply(appended(items, text)));
        box.getChildren().add(add);
        return box;
    }

    static List<String> replaced(List<String> items, int index, String text) {
        List<String> out = new ArrayList<>(items);
        out.set(index, text.strip());
        return out;
    }

    static List<String> without(List<String> items, int index) {
        List<String> out = new ArrayList<>(items);
        out.remove(index);
        return out;
    }

    static List<String> swapped(List<String> items, int index, int other) {
        List<String> out = new ArrayList<>(items);
        out.set(index, items.get(other));
        out.set(other, items.get(index));
        return out;
    }

    static List<String> appended(List<String> items, String text) {
        List<String> out = new ArrayList<>(items);
        if (!text.isBlank()) {
            out.add(text.strip());
        }
        return out;
    }
}
