package io.mopstudio.ui.run;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Flashes the window title while {@code needed} holds (a run waits for approval), so the taskbar
 * entry catches an operator working in another window. It works everywhere, alongside the
 * desktop notification ({@link RunNotifications}) that some desktops cannot show.
 */
final class AttentionTitle {

    private static final String FLAG = "⚠ APPROVAL NEEDED — ";

    private AttentionTitle() {
    }

    static void install(Stage stage, ObservableStringValue title, ObservableBooleanValue needed) {
        StringProperty prefix = new SimpleStringProperty("");
        Timeline flash = new Timeline(new KeyFrame(Duration.millis(800),
                e -> prefix.set(prefix.get().isEmpty() ? FLAG : "")));
        flash.setCycleCount(Animation.INDEFINITE);
        // Bound only while flashing: the rest of the time the title is the shell's, as the app bound it.
        needed.addListener((obs, was, now) -> {
            if (now) {
                prefix.set(FLAG);
                stage.titleProperty().bind(Bindings.concat(prefix, title));
                flash.play();
            } else {
                flash.stop();
                stage.titleProperty().bind(title);
            }
        });
    }
}
