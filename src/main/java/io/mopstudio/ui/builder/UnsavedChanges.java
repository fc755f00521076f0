package io.mopstudio.ui.builder;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before unsaved changes would be lost (close, open, new): Save, Discard or Cancel. */
final class UnsavedChanges {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private UnsavedChanges() {
    }

    static Optional<ButtonType> ask(Window owner, String what) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Save the changes to " + what + " first?", SAVE, DISCARD,
                ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("This MOP has unsaved changes");
        alert.initOwner(owner);
        return alert.showAndWait();
    }

    /** Saving text that does not read as a MOP only when the user says so. */
    static boolean confirmUnparsedSave(Window owner, String reason) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "The text does not read as a MOP:\n" + reason
                + "\n\nSave it anyway?", ButtonType.YES, ButtonType.NO);
        alert.setTitle("Save a MOP with errors?");
        alert.setHeaderText("This file would not load");
        alert.initOwner(owner);
        // No is the default: Enter pressed out of habit must not write a file that will not load.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.YES)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.NO)).setDefaultButton(true);
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
