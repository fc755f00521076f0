package io.mopstudio.ui.canvas;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Makes a running node pulse: toggles the {@code :pulse} pseudo-class on a beat, so the stylesheet
 * decides what a pulse looks like (a brighter border) and the eye finds what is running at a glance.
 */
final class RunningPulse {

    static final PseudoClass PULSE = PseudoClass.getPseudoClass("pulse");
    private static final Duration BEAT = Duration.millis(600);

    private final Node node;
    private final Timeline beat;
    private boolean on;

    RunningPulse(Node node) {
        this.node = node;
        beat = new Timeline(new KeyFrame(BEAT, e -> {
            on = !on;
            node.pseudoClassStateChanged(PULSE, on);
        }));
        beat.setCycleCount(Animation.INDEFINITE);
    }

    void setActive(boolean active) {
        if (active && beat.getStatus() != Animation.Status.RUNNING) {
            beat.play();
        } else if (!active && beat.getStatus() == Animation.Status.RUNNING) {
            beat.stop();
            on = false;
            node.pseudoClassStateChanged(PULSE, false);
        }
    }
}
