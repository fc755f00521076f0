package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXButton;
import io.mopstudio.engine.event.FinalState;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** How the run ended, in its colour, with the engine's summary as selectable text and a Copy button. */
public final class RunOutcomeBanner {

    private final HBox root;

    public RunOutcomeBanner(RunViewModel run) {
        Label state = new Label();
        state.setId("finalStateLabel");
        state.getStyleClass().add("final-state");
        TextArea summary = new TextArea();
        summary.setId("runSummary");
        summary.getStyleClass().add("run-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        summary.textProperty().bind(run.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        JFXButton copy = new JFXButton("Copy");
        copy.setId("copySummaryButton");
        copy.getStyleClass().add("dialog-button");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(run.summaryProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        root = new HBox(12, new VBox(state), summary, copy);
        root.getStyleClass().add("outcome-banner");
        root.setMinHeight(Region.USE_PREF_SIZE);
        run.finalStateProperty().addListener((obs, old, now) -> show(state, now));
        show(state, run.finalStateProperty().get());
    }

    public Node node() {
        return root;
    }

    private void show(Label state, FinalState finalState) {
        root.getStyleClass().removeAll(FinalStateStyle.ALL);
        root.setVisible(finalState != null);
        root.setManaged(finalState != null);
        if (finalState != null) {
            state.setText(finalState.name().replace('_', ' '));
            root.getStyleClass().add(FinalStateStyle.of(finalState.name()));
        }
    }
}
