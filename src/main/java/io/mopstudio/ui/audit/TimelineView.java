package io.mopstudio.ui.audit;

import io.mopstudio.ui.audit.TimelineModel.Bar;
import io.mopstudio.ui.audit.TimelineModel.Lane;
import io.mopstudio.ui.audit.TimelineModel.Marker;
import io.mopstudio.ui.audit.TimelineModel.SampleSeries;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Draws a {@link TimelineModel}: one row per lane with its bars placed by fraction of the run, the
 * markers as vertical lines across the rows, and a chart of each validation check's samples
 * against its threshold. Redrawn whenever the model or the width changes.
 */
final class TimelineView {

    private static final double LABEL_WIDTH = 170;
    private static final double ROW_HEIGHT = 18;

    private final GridPane lanes = new GridPane();
    private final LineChart<Number, Number> chart = new LineChart<>(axis("seconds since start"), axis("observed"));
    /** One check at a time: checks' scales differ too much (milliseconds, ratios) to share an axis. */
    private final ChoiceBox<String> check = new ChoiceBox<>();
    private final SplitPane root;
    private TimelineModel model = TimelineModel.EMPTY;

    TimelineView(AuditViewModel audit) {
        lanes.setId("auditTimeline");
        lanes.getStyleClass().add("audit-timeline");
        lanes.setHgap(6);
        lanes.setVgap(3);
        chart.setId("auditSamplesChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(false);
        check.setId("auditSampleCheck");
        check.valueProperty().addListener((obs, old, now) -> drawChart());
        Label hint = new Label("validation check");
        HBox choose = new HBox(6, hint, check);
        choose.setAlignment(Pos.CENTER_LEFT);
        BorderPane samples = new BorderPane(chart);
        samples.setTop(choose);
        ScrollPane scroll = new ScrollPane(lanes);
        scroll.setFitToWidth(true);
        root = new SplitPane(scroll, samples);
        root.setOrientation(Orientation.HORIZONTAL);
        root.setDividerPositions(0.6);
        audit.timelineProperty().addListener((obs, old, now) -> {
            model = now;
            check.getItems().setAll(now.series().stream().map(SampleSeries::check).toList());
            check.setValue(check.getItems().isEmpty() ? null : check.getItems().get(0));
            draw();
        });
        scroll.widthProperty().addListener((obs, old, now) -> draw());
    }

    Node node() {
        return root;
    }

    private void draw() {
        lanes.getChildren().clear();
        double width = Math.max(200, lanes.getWidth() - LABEL_WIDTH - 30);
        int row = 0;
        if (model.lanes().isEmpty()) {
            lanes.add(new Label("Select a run to see its timeline."), 0, 0);
        }
        for (Lane lane : model.lanes()) {
            Label label = new Label(lane.label());
            label.setMinWidth(LABEL_WIDTH);
            label.setMaxWidth(LABEL_WIDTH);
            label.getStyleClass().add("timeline-label");
            lanes.add(label, 0, row);
            lanes.add(track(lane, width), 1, row);
            row++;
        }
        if (!model.lanes().isEmpty()) {
            lanes.add(new Label("0"), 0, row);
            lanes.add(new Label("run length " + model.length()), 1, row);
        }
        drawChart();
    }

    private void drawChart() {
        chart.getData().clear();
        chart.setTitle(model.series().isEmpty() ? "No numeric validation sample in this run"
                : "Samples of " + check.getValue() + " against its threshold");
        for (SampleSeries series : model.series()) {
            if (!series.check().equals(check.getValue())) {
                continue;
            }
            XYChart.Series<Number, Number> samples = new XYChart.Series<>();
            samples.setName(series.check());
            series.samples().forEach(s -> samples.getData().add(new XYChart.Data<>(s.seconds(), s.value())));
            chart.getData().add(samples);
            series.threshold().ifPresent(t -> {
                XYChart.Series<Number, Number> limit = new XYChart.Series<>();
                limit.setName(series.check() + " threshold " + t);
                double end = series.samples().get(series.samples().size() - 1).seconds();
                limit.getData().add(new XYChart.Data<>(series.samples().get(0).seconds(), t.value()));
                limit.getData().add(new XYChart.Data<>(end, t.value()));
                chart.getData().add(limit);
            });
        }
    }

    private Node track(Lane lane, double width) {
        Pane track = new Pane();
        track.getStyleClass().add("timeline-track");
        track.setPrefSize(width, ROW_HEIGHT);
        track.setMinHeight(ROW_HEIGHT);
        GridPane.setHgrow(track, Priority.ALWAYS);
        for (Bar bar : lane.bars()) {
            Rectangle rectangle = new Rectangle(bar.start() * width, 2, Math.max(3, bar.width() * width),
                    ROW_HEIGHT - 4);
            rectangle.getStyleClass().addAll("timeline-bar", bar.styleClass());
            Tooltip.install(rectangle, new Tooltip(bar.text()));
            track.getChildren().add(rectangle);
        }
        for (Marker marker : model.markers()) {
            Line line = new Line(marker.at() * width, 0, marker.at() * width, ROW_HEIGHT);
            line.getStyleClass().addAll("timeline-marker", marker.styleClass());
            Tooltip.install(line, new Tooltip(marker.text()));
            track.getChildren().add(line);
        }
        track.setMaxWidth(Region.USE_PREF_SIZE);
        return track;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(false);
        return axis;
    }
}
