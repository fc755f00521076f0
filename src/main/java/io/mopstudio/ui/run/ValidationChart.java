package io.mopstudio.ui.run;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One validation check's live chart: its samples over time (series 0) against the threshold line
 * parsed from {@code expected} (series 1, dashed by the stylesheet), with its latest verdict and
 * how long it has left to clear.
 */
final class ValidationChart {

    static final String STYLE = "validation-chart";

    private final VBox root;
    private final XYChart.Series<Number, Number> observed = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
    private final ValidationTrack track;

    ValidationChart(ValidationTrack track) {
        this.track = track;
        NumberAxis time = new NumberAxis();
        time.setLabel("seconds into validation");
        time.setForceZeroInRange(true);
        NumberAxis value = new NumberAxis();
        value.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(time, value);
        chart.setId("chart-" + track.nodeId());
        chart.getStyleClass().add(STYLE);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(190);
        chart.setMinHeight(150);
        observed.setName("observed");
        threshold.setName("threshold");
        chart.getData().add(observed);
        chart.getData().add(threshold);
        Label title = new Label(track.nodeId());
        title.getStyleClass().add("panel-heading");
        Label latest = new Label();
        latest.getStyleClass().add("validation-latest");
        latest.setWrapText(true);
        latest.textProperty().bind(track.latestProperty());
        Label deadline = new Label();
        deadline.getStyleClass().add("hint-text");
        deadline.textProperty().bind(track.deadlineProperty());
        track.outcomeProperty().addListener((obs, old, now) -> {
            latest.getStyleClass().removeAll("outcome-pass", "outcome-fail", "outcome-warn");
            now.ifPresent(o -> latest.getStyleClass().add("outcome-" + o.name().toLowerCase(java.util.Locale.ROOT)));
        });
        value.setLabel(track.thresholdProperty().get().isPresent() ? "observed" : "1 pass / 0 fail");
        track.thresholdProperty().addListener((obs, old, now) -> {
            value.setLabel(now.isPresent() ? "observed" : "1 pass / 0 fail");
            redrawThreshold();
        });
        track.samples().forEach(this::add);
        track.samples().addListener((ListChangeListener<ValidationSample>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    observed.getData().clear();
                    track.samples().forEach(this::add);
                } else {
                    change.getAddedSubList().forEach(this::add);
                }
            }
            redrawThreshold();
        });
        redrawThreshold();
        root = new VBox(2, title, latest, deadline, chart);
        root.getStyleClass().add("validation-track");
    }

    Node node() {
        return root;
    }

    private void add(ValidationSample sample) {
        observed.getData().add(new XYChart.Data<>(sample.seconds(), sample.plotted()));
    }

    /** The threshold spans the samples so far, and at least the first second. */
    private void redrawThreshold() {
        threshold.getData().clear();
        Optional<Threshold> line = track.thresholdProperty().get();
        if (line.isEmpty()) {
            return;
        }
        double end = Math.max(1.0, track.samples().stream().mapToDouble(ValidationSample::seconds).max().orElse(0));
        threshold.getData().add(new XYChart.Data<>(0, line.get().value()));
        threshold.getData().add(new XYChart.Data<>(end, line.get().value()));
    }
}
