package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXButton;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The selected node's detail as selectable, scrolling text with a Copy button. */
final class StepDetailView {

    private final VBox root;

    StepDetailView(StepDetailViewModel model) {
        Label title = new Label();
        title.getStyleClass().add("panel-heading");
        title.textProperty().bind(model.titleProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        TextArea text = new TextArea();
        text.setId("stepDetailText");
        text.getStyleClass().add("step-detail");
        text.setEditable(false);
        text.setWrapText(true);
        text.textProperty().bind(model.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        JFXButton copy = new JFXButton("Copy");
        copy.setId("copyStepDetailButton");
        copy.getStyleClass().add("dialog-button");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        root = new VBox(6, new HBox(8, title, spring, copy), text);
        root.getStyleClass().add("run-panel");
    }

    Node node() {
        return root;
    }
}
