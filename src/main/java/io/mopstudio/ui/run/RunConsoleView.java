package io.mopstudio.ui.run;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The run console around the graphs: a side panel (the selected step's detail, the pre-checks,
 * the validation charts) that turns to what matters as the run moves on, the control bar, and
 * the approval banner. The shell places the pieces; this class wires them to the run.
 */
public final class RunConsoleView {

    private final RunViewModel run;
    private final StepDetailViewModel detail;
    private final TabPane side = new TabPane();
    private final Tab stepTab;
    private final Tab preCheckTab;
    private final Tab validationTab;
    private final RunControlsBar controls;
    private final ApprovalBanner approval;

    /** {@code notify} shows a short toast (the shell's snackbar). */
    public RunConsoleView(RunViewModel run, RunConsoleActions actions, Consumer<String> notify) {
        this.run = run;
        this.detail = new StepDetailViewModel(run);
        controls = new RunControlsBar(run, actions);
        approval = new ApprovalBanner(run.approvals(), notify);
        stepTab = tab("Step", new StepDetailView(detail).node());
        preCheckTab = tab("Pre-checks", new PreCheckPanel(run.preChecks()).node());
        validationTab = tab("Validation", new ValidationPanel(run.validation()).node());
        side.setId("runConsoleTabs");
        side.getTabs().addAll(stepTab, preCheckTab, validationTab);
        side.getStyleClass().add("run-console");
        side.setMinWidth(280);
        // Turn to what the run is doing: validation when it starts, the pre-checks when one stops the run.
        run.validation().activeProperty().addListener((obs, was, active) -> {
            if (active) {
                side.getSelectionModel().select(validationTab);
            }
        });
        run.preChecks().rows().addListener((ListChangeListener<PreCheckRow>) change -> {
            if (!run.preChecks().overridable().isEmpty()) {
                side.getSelectionModel().select(preCheckTab);
            }
        });
        run.runningProperty().addListener((obs, was, running) -> {
            if (running && detail.selectedProperty().get().isEmpty()) {
                side.getSelectionModel().select(preCheckTab);
            }
        });
        detail.selectedProperty().addListener((obs, old, now) -> side.getSelectionModel().select(stepTab));
    }

    /** Makes clicks on the nodes of {@code canvas} select them for the detail pane. */
    public void watch(Node canvas) {
        NodeSelection.install(canvas, () -> run.nodes().keySet(), detail::select);
    }

    /** Flashes {@code stage}'s title while a run waits for approval; {@code title} is its usual title. */
    public void flashTitle(Stage stage, ObservableStringValue title) {
        AttentionTitle.install(stage, title, Bindings.createBooleanBinding(
                () -> run.approvals().pendingProperty().get().isPresent(), run.approvals().pendingProperty()));
    }

    public Node side() {
        return side;
    }

    public Node controls() {
        return controls.node();
    }

    public Node approvalBanner() {
        return approval.node();
    }

    public StepDetailViewModel detail() {
        return detail;
    }

    private static Tab tab(String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }
}
