package io.mopstudio.ui.run;

import com.jfoenix.controls.JFXButton;
import io.mopstudio.engine.event.FinalState;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * One-click control of the run: Pause, Resume and Abort while it runs (abort confirms what it will
 * do), and once it ended: Open in audit viewer, Run again with the same inputs, and for a run a
 * failed pre-check aborted, Override and run again.
 */
final class RunControlsBar {

    private final RunViewModel run;
    private final RunConsoleActions actions;
    private final HBox root;

    RunControlsBar(RunViewModel run, RunConsoleActions actions) {
        this.run = run;
        this.actions = actions;
        RunControls controls = run.controls();
        BooleanBinding idle = run.runningProperty().not();
        JFXButton pause = button("pauseButton", "Pause", "No new step starts; running steps finish",
                idle.or(controls.pausedProperty()).or(controls.abortingProperty()),
                () -> controls.pause(operator(), "paused from the window"));
        JFXButton resume = button("resumeButton", "Resume", "Scheduling goes on",
                idle.or(controls.pausedProperty().not()).or(controls.abortingProperty()),
                () -> controls.resume(operator(), "resumed from the window"));
        JFXButton abort = button("abortButton", "Abort…", "Cancel running steps, then roll back what ran",
                idle.or(controls.abortingProperty()), this::confirmAbort);
        abort.getStyleClass().add("danger-button");
        Label intervention = new Label();
        intervention.setId("interventionLabel");
        intervention.getStyleClass().add("status-item");
        intervention.textProperty().bind(controls.interventionProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        BooleanBinding noRun = Bindings.createBooleanBinding(() -> run.runningProperty().get()
                || run.finalStateProperty().get() == null || run.lastRequest().isEmpty(),
                run.runningProperty(), run.finalStateProperty());
        JFXButton audit = button("openInAuditButton", "Open in audit viewer", "The recorded events of this run",
                run.runningProperty().or(run.runIdProperty().isEmpty()),
                () -> actions.openInAudit(run.runIdProperty().get()));
        JFXButton again = button("runAgainButton", "Run again", "Start this MOP again with the same inputs", noRun,
                () -> run.lastRequest().ifPresent(r -> actions.runAgain(r, List.of())));
        BooleanBinding noOverride = Bindings.createBooleanBinding(() -> noRun.get()
                || run.finalStateProperty().get() != FinalState.ABORTED || run.preChecks().overridable().isEmpty(),
                noRun, run.finalStateProperty(), run.preChecks().rows());
        JFXButton override = button("overrideButton", "Override and run again…",
                "Run again treating the failed pre-checks as warnings, with your name and reason", noOverride,
                this::override);
        override.visibleProperty().bind(noOverride.not());
        override.managedProperty().bind(override.visibleProperty());
        root = new HBox(8, pause, resume, abort, intervention, spring, override, again, audit);
        root.setId("runControls");
        root.getStyleClass().add("run-controls");
    }

    Node node() {
        return root;
    }

    private String operator() {
        return run.lastRequest().map(r -> r.operator()).orElse(System.getProperty("user.name", "operator"));
    }

    private void confirmAbort() {
        TextInputDialog confirm = new TextInputDialog("aborted from the window");
        confirm.initOwner(window());
        confirm.setTitle("Abort the run?");
        confirm.setHeaderText(run.controls().abortConsequences());
        confirm.setContentText("Reason (recorded in the audit):");
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmAbortButton");
        confirm.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                .ifPresent(reason -> run.controls().abort(operator(), reason));
    }

    private void override() {
        Optional<io.mopstudio.engine.RunRequest> request = run.lastRequest();
        if (request.isEmpty()) {
            return;
        }
        OverrideForm form = new OverrideForm(run.preChecks().overridable(), request.get().operator());
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle("Override and run again");
        TextArea summary = new TextArea(form.summary());
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setPrefRowCount(6);
        TextField name = new TextField();
        name.setId("overrideOperatorField");
        name.textProperty().bindBidirectional(form.operatorProperty());
        TextField reason = new TextField();
        reason.setId("overrideReasonField");
        reason.textProperty().bindBidirectional(form.reasonProperty());
        Label message = new Label();
        message.getStyleClass().add("approval-message");
        message.textProperty().bind(form.messageProperty());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Your name"), name);
        fields.addRow(1, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(new VBox(8, summary, fields, message));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("confirmOverrideButton");
        // Keep the dialog open until the form is complete, saying what is missing.
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (form.overrides().isEmpty()) {
                e.consume();
            }
        });
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .flatMap(b -> form.overrides()).ifPresent(overrides -> actions.runAgain(request.get(), overrides));
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static JFXButton button(String id, String text, String tip, ObservableBooleanValue disabled,
            Runnable action) {
        JFXButton button = new JFXButton(text);
        button.setId(id);
        button.getStyleClass().add("dialog-button");
        button.setTooltip(new javafx.scene.control.Tooltip(tip));
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> action.run());
        return button;
    }
}
