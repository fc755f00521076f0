package io.mopstudio.ui.run;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Run dialog's pre-flight: change window now, blast radius against the limit, and a dry run's plan. */
final class PreflightPanel {

    private final VBox root;

    PreflightPanel(RunDialogViewModel model) {
        Label heading = new Label("Pre-flight");
        heading.getStyleClass().add("hint-heading");
        Label window = line("preflightChangeWindow");
        Label radius = line("preflightBlastRadius");
        Runnable show = () -> {
            Preflight p = model.preflightProperty().get();
            window.setText(p.changeWindow());
            radius.setText(p.blastRadius());
            window.getStyleClass().removeAll("preflight-ok", "preflight-stop");
            window.getStyleClass().add(p.changePermitted() ? "preflight-ok" : "preflight-stop");
            radius.getStyleClass().removeAll("preflight-ok", "preflight-warn");
            radius.getStyleClass().add(p.approvalNeeded() ? "preflight-warn" : "preflight-ok");
        };
        model.preflightProperty().addListener((obs, old, now) -> show.run());
        show.run();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.addRow(0, label("Change window"), window);
        grid.addRow(1, label("Blast radius"), radius);
        TextArea plan = new TextArea();
        plan.setId("dryRunPlan");
        plan.getStyleClass().add("step-detail");
        plan.setEditable(false);
        plan.setPrefRowCount(12);
        plan.textProperty().bind(model.planProperty());
        plan.visibleProperty().bind(Bindings.isNotEmpty(model.planProperty()));
        plan.managedProperty().bind(plan.visibleProperty());
        root = new VBox(6, heading, grid, plan);
        root.getStyleClass().add("preflight-panel");
        root.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.preflightProperty().get() != Preflight.NONE, model.preflightProperty()));
        root.managedProperty().bind(root.visibleProperty());
    }

    Node node() {
        return root;
    }

    private static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(520);
        return label;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }
}
