package io.mopstudio.ui.shell;

import javafx.scene.control.MenuButton;

/** The toolbar's Help menu: the keyboard shortcuts sheet (F1) and About. */
final class HelpMenu {

    private HelpMenu() {
    }

    static MenuButton create(Runnable shortcuts, Runnable about) {
        MenuButton menu = new MenuButton("Help", null,
                FileMenu.item("shortcutsMenuItem", "Keyboard shortcuts (F1)", shortcuts),
                FileMenu.item("aboutMenuItem", "About MOP Studio", about));
        menu.setId("helpMenu");
        menu.getStyleClass().add(ShellToolbar.BUTTON);
        return menu;
    }
}
