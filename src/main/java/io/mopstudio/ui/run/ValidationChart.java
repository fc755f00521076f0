package io.mopstudio.ui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
    /**
     * The chart plots the latest samples only: five minutes at the usual one-second interval. A
     * LineChart lays out a node per point on every pulse, so a check sampled thousands of times
     * would otherwise slow the whole window; the track keeps every sample.
     */
    static final int MAX_POINTS = 300;

    private final VBox root;
    private final XYChart.Series<Number, Number> observed = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
    private final ValidationTrack track;
    private final Runnable plotNew = this::plotNewSamples;
    /** How many of the track's samples the chart has taken so far. */
    private int plotted;

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
        // Samples are plotted once per pulse, all that came since the last one: a burst of samples
        // costs the chart one change, not one per sample (see EventBurstFxTest).
        track.samples().addListener((ListChangeListener<ValidationSample>) change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    plotted = 0;
                    observed.getData().clear();
                }
            }
            // A pre-layout pulse listener runs only when a pulse is due; asking for layout makes one due.
            chart.requestLayout();
        });
        chart.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(plotNew);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(plotNew);
            }
        });
        plotNew.run();
        redrawThreshold();
        root = new VBox(2, title, latest, deadline, chart);
        root.getStyleClass().add("validation-track");
    }

    Node node() {
        return root;
    }

    /** Adds the samples not yet on the chart, the latest {@link #MAX_POINTS} of them, in one change. */
    private void plotNewSamples() {
        List<ValidationSample> samples = track.samples();
        if (plotted == samples.size()) {
            return;
        }
        int from = Math.max(plotted, samples.size() - MAX_POINTS);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(samples.size() - from);
        for (ValidationSample sample : samples.subList(from, samples.size())) {
            points.add(new XYChart.Data<>(sample.seconds(), sample.plotted()));
        }
        plotted = samples.size();
        ObservableList<XYChart.Data<Number, Number>> data = observed.getData();
        int overflow = data.size() + points.size() - MAX_POINTS;
        if (overflow > 0) {
            data.remove(0, Math.min(overflow, data.size()));
        }
        data.addAll(points);
        redrawThreshold();
    }

    /** The threshold spans the plotted samples, and at least the first second. */
    private void redrawThreshold() {
        Optional<Threshold> line = track.thresholdProperty().get();
        if (line.isEmpty()) {
            threshold.getData().clear();
            return;
        }
        // Samples come in time order: the line starts at 0, or at the first plotted sample once older ones are dropped.
        List<XYChart.Data<Number, Number>> points = observed.getData();
        double start = points.size() < MAX_POINTS ? 0 : points.get(0).getXValue().doubleValue();
        double end = Math.max(start + 1.0, points.isEmpty() ? 0 : points.get(points.size() - 1).getXValue().doubleValue());
        double value = line.get().value();
        if (threshold.getData().size() == 2 && threshold.getData().get(0).getYValue().doubleValue() == value) {
            // Moving the ends instead of replacing the points spares the chart a remove and two adds per sample.
            threshold.getData().get(0).setXValue(start);
            threshold.getData().get(1).setXValue(end);
            return;
        }
        threshold.getData().setAll(List.of(new XYChart.Data<>(start, value), new XYChart.Data<>(end, value)));
    }
}
