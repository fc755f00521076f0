package io.mopstudio.ui.shell;

import io.mopstudio.ui.builder.MopTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The toolbar's File menu: New from a template, Open…, Open Recent, Save, Save As…, Quit. Each item names
 * its shortcut in its text, as the Help menu does (the keys themselves go through the one registry).
 */
final class FileMenu {

    /** What the menu's items do; the shell view supplies them. */
    record Actions(Consumer<MopTemplate> newMop, Runnable open, Consumer<Path> openRecent, Runnable save,
            Runnable saveAs, Runnable quit) {
    }

    private FileMenu() {
    }

    static MenuButton create(Actions actions, ObservableList<Path> recent, ObservableBooleanValue running) {
        Menu fromTemplate = new Menu("New from template (Ctrl+N)");
        fromTemplate.setId("newFromTemplateMenu");
        for (MopTemplate template : MopTemplate.BUNDLED) {
            fromTemplate.getItems().add(item("newTemplate-" + template.id(), template.title(),
                    () -> actions.newMop().accept(template)));
        }
        MenuItem open = item("openMenuItem", "Open… (Ctrl+O)", actions.open());
        open.disableProperty().bind(running);
        Menu openRecent = new Menu("Open Recent");
        openRecent.setId("openRecentMenu");
        openRecent.disableProperty().bind(running);
        // Rebuilt when the list changes, and each time it opens so that a file deleted since shows as missing.
        openRecent.setOnShowing(e -> fill(openRecent, recent, actions.openRecent()));
        recent.addListener((ListChangeListener<Path>) change -> fill(openRecent, recent, actions.openRecent()));
        fill(openRecent, recent, actions.openRecent());
        MenuButton menu = new MenuButton("File", null, fromTemplate, open, openRecent, new SeparatorMenuItem(),
                item("saveMenuItem", "Save (Ctrl+S)", actions.save()),
                item("saveAsMenuItem", "Save As… (Ctrl+Shift+S)", actions.saveAs()), new SeparatorMenuItem(),
                item("quitMenuItem", "Quit (Ctrl+Q)", actions.quit()));
        menu.setId("fileMenu");
        menu.getStyleClass().add(ShellToolbar.BUTTON);
        return menu;
    }

    private static void fill(Menu menu, ObservableList<Path> recent, Consumer<Path> open) {
        menu.getItems().clear();
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("(no recent files)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (int i = 0; i < recent.size(); i++) {
            Path file = recent.get(i);
            boolean missing = !Files.isRegularFile(file);
            MenuItem item = item("recentFile-" + i, file.getFileName() + (missing ? " — missing" : "")
                    + "  (" + file.getParent() + ")", () -> open.accept(file));
            item.setDisable(missing);
            menu.getItems().add(item);
        }
    }

    static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
