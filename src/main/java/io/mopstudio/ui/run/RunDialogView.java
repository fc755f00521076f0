package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXButton;
import com.jfoenix.controls.JFXTextField;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.fx.Stylesheets;
import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Run dialog's controls; everything they show and do is in {@link RunDialogViewModel}. */
public final class RunDialogView {

    private final RunDialogViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<RunRequest> onStart;

    public RunDialogView(RunDialogViewModel model, Window owner, Consumer<RunRequest> onStart) {
        this.model = model;
        this.onStart = onStart;
        Mop mop = model.mop();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Run " + mop.mopId());
        Label heading = styled(new Label("Run " + mop.mopId() + " — " + mop.name() + " v" + mop.version()),
                "dialog-heading");
        BooleanBinding demo = Bindings.createBooleanBinding(() -> model.summaryProperty().get().demo(),
                model.summaryProperty());
        Label demoBanner = banner(RunDialogViewModel.DEMO_BANNER, "demo-banner", demo);
        Label realBanner = banner("NOT A DEMO — this run acts on the real systems in this environment",
                "real-banner", demo.not().and(Bindings.createBooleanBinding(
                        () -> model.summaryProperty().get() != EnvironmentSummary.NONE
                                && model.summaryProperty().get().problem().isEmpty(), model.summaryProperty())));
        VBox root = new VBox(12, heading, demoBanner, realBanner, form(), new PreflightPanel(model).node(),
                problems(), buttons());
        root.getStyleClass().add("run-dialog");
        root.setPrefWidth(660);
        Scene scene = new Scene(root);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        // Grow to show setup problems when they arrive, and shrink back when they are gone.
        model.problems().addListener((ListChangeListener<String>) change -> stage.sizeToScene());
        model.summaryProperty().addListener((obs, old, now) -> stage.sizeToScene());
        model.planProperty().addListener((obs, old, now) -> stage.sizeToScene());
    }

    public void show() {
        stage.show();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("run-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        ComboBox<String> environment = new ComboBox<>(model.environmentChoices());
        environment.setId("environmentChoice");
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        environment.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(environment, Priority.ALWAYS);
        JFXButton browse = new JFXButton("Browse…");
        browse.setId("browseEnvironmentButton");
        browse.getStyleClass().add("dialog-button");
        browse.setOnAction(e -> browseEnvironment());
        grid.addRow(row++, fieldLabel("Environment"), new HBox(8, environment, browse));
        Label description = styled(new Label(), "environment-description");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> {
            EnvironmentSummary s = model.summaryProperty().get();
            return s.problem().orElse(s.description());
        }, model.summaryProperty()));
        grid.add(description, 1, row++);
        for (String field : model.incidentFields()) {
            InputField spec = model.input(field);
            grid.addRow(row++, fieldLabel(spec.label()), InputFieldView.of(spec));
        }
        grid.add(resourceHints(), 1, row++);
        JFXTextField operator = new JFXTextField();
        operator.setId("operatorField");
        operator.textProperty().bindBidirectional(model.operatorProperty());
        grid.addRow(row, fieldLabel("Operator"), operator);
        return grid;
    }

    /** The environment's resources, each a link that fills the resource field; shown when there is one. */
    private Node resourceHints() {
        VBox hints = new VBox(2);
        hints.getStyleClass().add("resource-hints");
        Runnable refresh = () -> {
            hints.getChildren().clear();
            EnvironmentSummary summary = model.summaryProperty().get();
            if (model.resourceField().isEmpty() || summary.resources().isEmpty()) {
                return;
            }
            hints.getChildren().add(styled(new Label((summary.demo() ? "The demo lab's resources" : "Resources")
                    + " (click one to use it):"), "hint-heading"));
            for (EnvironmentSummary.Resource resource : summary.resources()) {
                Hyperlink link = new Hyperlink(resource.name());
                link.setId("resource-" + resource.name());
                link.setOnAction(e -> model.useResource(resource.name()));
                Label what = styled(new Label(resource.description()), "hint-text");
                what.setWrapText(true);
                HBox row = new HBox(4, link, what);
                row.setAlignment(Pos.BASELINE_LEFT);
                hints.getChildren().add(row);
            }
        };
        model.summaryProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        return hints;
    }

    private Node problems() {
        ListView<String> list = new ListView<>(model.problems());
        list.setId("setupProblems");
        list.getStyleClass().add("problem-list");
        list.setPrefHeight(110);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            {
                io.mopstudio.ui.fx.WrappedCells.wrapWithin(this, view);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        list.managedProperty().bind(list.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private Node buttons() {
        JFXButton cancel = new JFXButton("Cancel");
        cancel.setId("cancelRunDialogButton");
        cancel.getStyleClass().add("dialog-button");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        JFXButton start = new JFXButton();
        start.setId("startRunButton");
        start.getStyleClass().addAll("dialog-button", "primary-button");
        start.setDefaultButton(true);
        start.textProperty().bind(Bindings.when(model.busyProperty()).then("Preparing…").otherwise("Start run"));
        start.disableProperty().bind(model.canStartBinding().not());
        // A dialog closed while the run was being prepared means the user changed their mind.
        start.setOnAction(e -> model.start().thenAccept(request -> request.filter(r -> stage.isShowing())
                .ifPresent(r -> {
                    stage.close();
                    onStart.accept(r);
                })));
        JFXButton dryRun = new JFXButton("Dry run");
        dryRun.setId("dryRunButton");
        dryRun.getStyleClass().add("dialog-button");
        dryRun.setTooltip(new javafx.scene.control.Tooltip(
                "Show the plan: waves of steps, rendered parameters, rollback plan. Nothing acts; recorded as a dry run."));
        dryRun.disableProperty().bind(model.canStartBinding().not());
        dryRun.setOnAction(e -> model.dryRun());
        ButtonBar bar = new ButtonBar();
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(dryRun, ButtonBar.ButtonData.LEFT);
        ButtonBar.setButtonData(start, ButtonBar.ButtonData.OK_DONE);
        bar.getButtons().addAll(dryRun, cancel, start);
        return bar;
    }

    private void browseEnvironment() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an environment file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Environment (*.yaml, *.yml)",
                "*.yaml", "*.yml"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.addEnvironmentFile(file.toPath());
        }
    }

    private static Label banner(String text, String styleClass, BooleanBinding visible) {
        Label label = styled(new Label(text), styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        label.visibleProperty().bind(visible);
        label.managedProperty().bind(visible);
        return label;
    }

    private static Label fieldLabel(String text) {
        Label label = styled(new Label(text), "field-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
