package io.mopstudio.ui.run;

import java.time.Instant;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/** The strip at the bottom of the window: run id, elapsed time, phase, and the window's latest message. */
public final class RunStatusBar {

    private final HBox root;

    /** {@code extras} follow the message at the right, e.g. a note about the graph layout. */
    public RunStatusBar(RunViewModel run, ObservableStringValue message, Node... extras) {
        Label runId = item("runIdLabel");
        runId.textProperty().bind(Bindings.when(run.runIdProperty().isEmpty()).then("No run yet")
                .otherwise(Bindings.concat("Run ", run.runIdProperty())));
        Label elapsed = item("elapsedLabel");
        elapsed.textProperty().bind(run.elapsedProperty());
        Label phase = item("phaseLabel");
        phase.textProperty().bind(Bindings.when(run.phaseProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("Phase: ", run.phaseProperty())));
        Label text = item("statusMessage");
        text.textProperty().bind(message);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(120);
        List.of(runId, elapsed, phase).forEach(fixed -> fixed.setMinWidth(Region.USE_PREF_SIZE));
        HBox.setHgrow(text, Priority.ALWAYS);
        root = new HBox(16, runId, elapsed, phase, text);
        root.getChildren().addAll(extras);
        root.getStyleClass().add("status-bar");
        Timeline clock = new Timeline(new KeyFrame(Duration.millis(200), e -> run.tick(Instant.now())));
        clock.setCycleCount(Animation.INDEFINITE);
        run.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                clock.play();
            } else {
                clock.stop();
            }
        });
    }

    public Node node() {
        return root;
    }

    private static Label item(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        return label;
    }
}
