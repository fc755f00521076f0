package io.mopstudio.ui.run;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The run's events as timed lines, following the newest. */
public final class RunLogView {

    private final ListView<String> list;
    private final Runnable afterLayout = this::scrollIfPending;
    private boolean scrollPending;

    public RunLogView(RunViewModel run) {
        list = new ListView<>(run.log());
        list.setId("runLog");
        list.getStyleClass().add("run-log");
        // Small by preference: the log takes whatever room the problems and the outcome leave.
        list.setPrefHeight(120);
        list.setPlaceholder(new Label("Run the MOP (Ctrl+R) to see its events here."));
        run.log().addListener((ListChangeListener<String>) change -> showNewest());
        // The outcome banner appears when the run ends and shrinks the log: keep the last lines in view.
        list.heightProperty().addListener((obs, old, height) -> showNewest());
        // Scrolling is done after the layout pass, once the list knows its new height and items.
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    public Node node() {
        return list;
    }

    private void showNewest() {
        scrollPending = true;
        list.requestLayout();
    }

    private void scrollIfPending() {
        if (scrollPending && !list.getItems().isEmpty()) {
            scrollPending = false;
            list.scrollTo(list.getItems().size() - 1);
        }
    }
}
