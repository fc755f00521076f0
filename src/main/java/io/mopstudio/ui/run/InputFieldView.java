package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXTextField;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A Run dialog field: the text box, marked while its value is not acceptable, with why or a hint below. */
final class InputFieldView {

    static final String INVALID = "field-invalid";

    private InputFieldView() {
    }

    static Node of(InputField field) {
        JFXTextField input = new JFXTextField();
        input.setId("incident-" + field.name());
        input.setPromptText(field.prompt());
        input.textProperty().bindBidirectional(field.valueProperty());
        Label below = new Label();
        below.setId("incident-" + field.name() + "-message");
        below.setWrapText(true);
        Runnable show = () -> {
            String error = field.errorProperty().get();
            // An empty field is not an error yet to the eye: it says what it wants instead.
            boolean marked = !error.isEmpty() && !field.valueProperty().get().isBlank();
            input.getStyleClass().remove(INVALID);
            below.getStyleClass().removeAll("field-error", "hint-text");
            if (marked) {
                input.getStyleClass().add(INVALID);
            }
            below.getStyleClass().add(marked ? "field-error" : "hint-text");
            below.setText(marked ? error : field.hint());
            below.setVisible(!below.getText().isEmpty());
            below.setManaged(below.isVisible());
        };
        field.errorProperty().addListener((obs, old, now) -> show.run());
        field.valueProperty().addListener((obs, old, now) -> show.run());
        show.run();
        return new VBox(2, input, below);
    }
}
