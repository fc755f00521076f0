package io.mopstudio.ui.audit;

import io.mopstudio.ui.canvas.GraphCanvasView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The replay: a slider over the run's events above the run's graphs as they stood at that event. */
final class ReplayView {

    private final BorderPane root = new BorderPane();

    ReplayView(ReplayViewModel model) {
        Slider slider = new Slider(0, 0, 0);
        slider.setId("auditReplaySlider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.maxProperty().bind(model.lengthProperty());
        // Whole events only: the slider's double value is rounded onto the view-model's position.
        slider.valueProperty().addListener((obs, old, now) -> model.positionProperty().set((int) Math.round(
                now.doubleValue())));
        model.positionProperty().addListener((obs, old, now) -> {
            if (Math.round(slider.getValue()) != now.intValue()) {
                slider.setValue(now.intValue());
            }
        });
        slider.setValue(model.positionProperty().get());
        Label moment = new Label();
        moment.setId("auditReplayMoment");
        moment.getStyleClass().add("replay-moment");
        moment.textProperty().bind(model.momentProperty());
        VBox top = new VBox(4, slider, moment);
        top.setPadding(new Insets(6, 10, 6, 10));
        TabPane graphs = new TabPane(tab("Execution graph", new GraphCanvasView(model.execution()).node()),
                tab("Rollback graph", new GraphCanvasView(model.rollback()).node()));
        graphs.setId("auditReplayGraphs");
        root.setTop(top);
        root.setCenter(graphs);
    }

    Node node() {
        return root;
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }
}
