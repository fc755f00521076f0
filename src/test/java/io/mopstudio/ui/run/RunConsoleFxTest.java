package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.shell.MopStudioApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The run console driven as an operator does, through the real window, dialog and buttons. */
class RunConsoleFxTest {

    private static final Path SAMPLE = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");
    private static final Path SLOW = Path.of("src/test/resources/ui/slow-steps.yaml");
    private static final Path LOCAL = Path.of("src/test/resources/ui/local.yaml");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private Application app;

    private void open(Path mop) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MopStudioApp.class, "--mop=" + mop.toAbsolutePath(),
                "--audit-db=" + temp.resolve("audit"));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void ledgerDbRollsBackAndTheValidationChartHasItsSamples() throws TimeoutException {
        open(SAMPLE);
        waitUntil(20, () -> robot.lookup("#node-execution-drain_connections").tryQuery().isPresent());
        startFromDialog("demo", "ledger-db");

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        waitUntil(30, () -> "ROLLED_BACK".equals(finalState()));
        assertEquals("Rollback graph", tabs.getSelectionModel().getSelectedItem().getText(),
                "the window turns to the rollback when it starts");
        assertTrue(tabs.getSelectionModel().getSelectedItem().getStyleClass().contains("tab-rollback-active"));
        assertTrue(has("#node-rollback-restore_pool_config", "node-rolled-back"));
        LineChart<?, ?> chart = robot.lookup("#chart-connection_wait_time").queryAs(LineChart.class);
        assertFalse(chart.getData().get(0).getData().isEmpty(), "the samples are on the chart");
        assertEquals(2, chart.getData().get(1).getData().size(), "the threshold line from <= 50");
        assertEquals("validation ended: rolling back",
                robot.lookup("#validationWindowLabel").queryAs(Label.class).getText());
    }

    @Test
    void pauseResumeAndAbortThroughTheButtons() throws TimeoutException {
        open(SLOW);
        waitUntil(20, () -> robot.lookup("#node-execution-first").tryQuery().isPresent());
        startFromDialog(LOCAL.toAbsolutePath().toString(), null);

        waitUntil(15, () -> has("#node-execution-first", "node-running"));
        robot.clickOn("#pauseButton");
        waitUntil(5, () -> !robot.lookup("#resumeButton").query().isDisabled());
        assertTrue(label("#interventionLabel").startsWith("pause by "), label("#interventionLabel"));
        waitUntil(10, () -> has("#node-execution-first", "node-succeeded"));
        // Paused: the running step finished, and the next one does not start.
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertTrue(has("#node-execution-second", "node-pending"), "no new step starts while paused");

        robot.clickOn("#resumeButton");
        waitUntil(10, () -> has("#node-execution-second", "node-running"));

        robot.clickOn("#abortButton");
        waitUntil(5, () -> robot.lookup("#confirmAbortButton").tryQuery().isPresent());
        robot.clickOn("#confirmAbortButton");
        waitUntil(20, () -> "CANCELLED".equals(finalState()));
        assertTrue(has("#node-execution-second", "node-cancelled"));
        assertTrue(has("#node-rollback-undo_first", "node-rolled-back"), "what ran is compensated");
        assertTrue(has("#node-rollback-undo_third", "node-skipped"), "third never started: nothing to undo");
        assertFalse(robot.lookup("#runAgainButton").query().isDisabled());
    }

    private void startFromDialog(String environment, String resource) throws TimeoutException {
        robot.clickOn("#runButton");
        waitUntil(10, () -> robot.lookup("#startRunButton").tryQuery().isPresent());
        ComboBox<String> environments = robot.lookup("#environmentChoice").queryComboBox();
        robot.interact(() -> {
            if (!environments.getItems().contains(environment)) {
                environments.getItems().add(environment);
            }
            environments.getSelectionModel().select(environment);
        });
        if (resource != null) {
            robot.interact(() -> robot.lookup("#incident-affected_resource").queryTextInputControl().clear());
            robot.clickOn("#incident-affected_resource").write(resource);
        }
        waitUntil(5, () -> !robot.lookup("#startRunButton").query().isDisabled());
        robot.clickOn("#startRunButton");
    }

    private String finalState() {
        Label state = robot.lookup("#finalStateLabel").queryAs(Label.class);
        return state.isVisible() ? state.getText().replace(' ', '_') : "";
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private boolean has(String id, String styleClass) {
        return robot.lookup(id).tryQuery().map(Node::getStyleClass).map(c -> c.contains(styleClass)).orElse(false);
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
