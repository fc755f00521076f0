package io.mopstudio.ui.shell;

import io.mopstudio.ui.builder.MopTemplate;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** New (Ctrl+N): which template the MOP starts from, Blank already chosen so Enter gives a blank MOP. */
final class NewMopDialog {

    private NewMopDialog() {
    }

    static Optional<MopTemplate> ask(Window owner) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(MopTemplate.blank().title(),
                MopTemplate.BUNDLED.stream().map(MopTemplate::title).toList());
        dialog.setTitle("New MOP");
        dialog.setHeaderText("Start the new MOP from");
        dialog.setContentText("Template:");
        dialog.initOwner(owner);
        return dialog.showAndWait().flatMap(title -> MopTemplate.BUNDLED.stream()
                .filter(template -> template.title().equals(title)).findFirst());
    }
}
