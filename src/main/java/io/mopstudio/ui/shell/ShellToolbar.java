package io.mopstudio.ui.shell;

import com.jfoenix.controls.JFXButton;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The window's toolbar: buttons only; what they do is given by the shell view. */
final class ShellToolbar {

    static final String BUTTON = "toolbar-button";

    private static final ObservableBooleanValue ALWAYS_ENABLED = new ReadOnlyBooleanWrapper(false);

    private final ToolBar bar = new ToolBar();

    ToolBar node() {
        return bar;
    }

    ShellToolbar button(String id, String text, String tip, ObservableBooleanValue disabled, Runnable action,
            String... styleClasses) {
        JFXButton button = new JFXButton(text);
        button.setId(id);
        button.getStyleClass().add(BUTTON);
        button.getStyleClass().addAll(styleClasses);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        bar.getItems().add(button);
        return this;
    }

    /** A button that is always enabled. */
    ShellToolbar button(String id, String text, String tip, Runnable action) {
        return button(id, text, tip, ALWAYS_ENABLED, action);
    }

    ShellToolbar separator() {
        bar.getItems().add(new Separator());
        return this;
    }

    /** Pushes what follows to the right edge. */
    ShellToolbar spring() {
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        bar.getItems().add(spring);
        return this;
    }
}
