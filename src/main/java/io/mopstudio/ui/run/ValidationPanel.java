package io.mopstudio.ui.run;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The validation window's progress and one live chart per check, scrolling when there are many. */
final class ValidationPanel {

    private final VBox root;

    ValidationPanel(ValidationMonitor monitor) {
        Label window = new Label();
        window.setId("validationWindowLabel");
        window.getStyleClass().add("validation-window");
        window.setWrapText(true);
        window.textProperty().bind(monitor.windowProperty());
        VBox charts = new VBox(10);
        Runnable rebuild = () -> charts.getChildren().setAll(monitor.tracks().stream()
                .map(track -> new ValidationChart(track).node()).toList());
        monitor.tracks().addListener((ListChangeListener<ValidationTrack>) change -> rebuild.run());
        rebuild.run();
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("validation-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root = new VBox(6, window, scroll);
        root.getStyleClass().add("run-panel");
    }

    Node node() {
        return root;
    }
}
