package io.mopstudio.ui.run;

import static io.mopstudio.ui.run.RunWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import javafx.scene.chart.LineChart;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample MOP on the demo lab, in the window: node by node, the colours the operator sees
 * follow each resource's path (orders-db RESOLVED, billing-db ABORTED, ledger-db ROLLED_BACK).
 */
@Timeout(120)
class RunPathsFxTest {

    private static final List<String> PASSED = List.of("pending", "passed");
    private static final List<String> SUCCEEDED = List.of("pending", "running", "succeeded");
    private static final List<String> NOT_RUN = List.of("pending", "skipped");
    private static final String[] PRE_CHECKS = {"service_state", "replica_healthy", "no_active_writes"};
    private static final String[] STEPS = {"drain_connections", "restart_conn_manager", "reset_pool"};

    @TempDir
    Path temp;

    private RunWindow window;
    private NodeColours colours;

    @BeforeEach
    void openWindow() throws TimeoutException {
        window = RunWindow.open(RunWindow.SAMPLE, temp.resolve("audit"), "#node-execution-drain_connections");
        window.drawBothGraphs("#node-rollback-restore_pool_config");
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        window.close();
    }

    private String run(String resource) throws TimeoutException {
        window.robot.interact(() -> colours = NodeColours.watch(window.robot));
        window.startFromDialog("demo", resource);
        waitUntil(60, () -> !window.finalState().isEmpty());
        return window.finalState();
    }

    /** What orders-db and ledger-db share: every pre-check passes and every step runs and succeeds. */
    private static Map<String, List<String>> preChecksPassedAndStepsSucceeded() {
        Map<String, List<String>> expected = new TreeMap<>();
        for (String check : PRE_CHECKS) {
            expected.put("node-pre-check-" + check, PASSED);
        }
        for (String step : STEPS) {
            expected.put("node-execution-" + step, SUCCEEDED);
        }
        return expected;
    }

    /** Every node's colours: {@code first} for pre-checks and steps, then the validation checks and the rollback step. */
    private void assertColours(Map<String, List<String>> first, List<String> waitTime, List<String> healthProbe,
            List<String> restore) {
        Map<String, List<String>> expected = new TreeMap<>(first);
        expected.put("node-validation-connection_wait_time", waitTime);
        expected.put("node-validation-service_health_probe", healthProbe);
        expected.put("node-rollback-restore_pool_config", restore);
        assertEquals(expected, new TreeMap<>(colours.all()));
    }

    @Test
    void ordersDbGoesGreenStepByStepAndResolves() throws TimeoutException {
        assertEquals("RESOLVED", run("orders-db"));

        // Samples out of threshold while the wait time converges keep the check running, never red.
        assertColours(preChecksPassedAndStepsSucceeded(), List.of("pending", "running", "passed"),
                List.of("pending", "running", "passed"), NOT_RUN);
        assertFalse(RunWindow.onFx(() -> window.robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().get(1)
                .getStyleClass().contains("tab-rollback-active")), "no rollback, no lit rollback tab");
    }

    @Test
    void billingDbFailsItsFirstPreCheckAndNothingElseRuns() throws TimeoutException {
        assertEquals("ABORTED", run("billing-db"));

        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("node-pre-check-service_state", List.of("pending", "failed"));
        expected.put("node-pre-check-replica_healthy", NOT_RUN);
        expected.put("node-pre-check-no_active_writes", NOT_RUN);
        for (String step : STEPS) {
            expected.put("node-execution-" + step, NOT_RUN);
        }
        assertColours(expected, NOT_RUN, NOT_RUN, NOT_RUN);
    }

    @Test
    void ledgerDbFailsValidationAndTheRollbackTabTakesOver() throws TimeoutException {
        assertEquals("ROLLED_BACK", run("ledger-db"));

        // Rollback starts on the first sample worse than before: the other check is stopped unjudged.
        assertColours(preChecksPassedAndStepsSucceeded(), List.of("pending", "running", "failed"),
                List.of("pending", "running", "cancelled"), List.of("pending", "running", "rolled-back"));

        TabPane tabs = RunWindow.onFx(() -> window.robot.lookup("#mainTabs").queryAs(TabPane.class));
        assertEquals("Rollback graph", tabs.getSelectionModel().getSelectedItem().getText(),
                "the window turns to the rollback when it starts");
        assertTrue(tabs.getSelectionModel().getSelectedItem().getStyleClass().contains("tab-rollback-active"));
        LineChart<?, ?> chart = RunWindow.onFx(() -> window.robot.lookup("#chart-connection_wait_time")
                .queryAs(LineChart.class));
        // The chart takes new samples on the pulse after they arrive.
        waitUntil(5, () -> RunWindow.onFx(() -> !chart.getData().get(0).getData().isEmpty()));
        assertEquals(2, (int) RunWindow.onFx(() -> chart.getData().get(1).getData().size()),
                "the threshold line from <= 50");
        assertEquals("validation ended: rolling back", window.label("#validationWindowLabel"));
    }
}
