package io.mopstudio.ui.run;

import static io.mopstudio.ui.run.RunWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.audit.AuditRunRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The run console driven as an operator does, through the real window, dialog and buttons: pause,
 * resume and abort mid-run; after a run, "Run again" with the same inputs and "Open in audit viewer".
 */
@Timeout(120)
class RunConsoleFxTest {

    private static final Path SLOW = Path.of("src/test/resources/ui/slow-steps.yaml");

    @TempDir
    Path temp;

    private RunWindow window;

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void pauseResumeAndAbortThroughTheButtons() throws TimeoutException {
        window = RunWindow.open(SLOW, temp.resolve("audit"), "#node-execution-first");
        window.startFromDialog(RunWindow.LOCAL.toAbsolutePath().toString(), null);

        waitUntil(15, () -> window.has("#node-execution-first", "node-running"));
        window.robot.clickOn("#pauseButton");
        waitUntil(5, () -> !window.robot.lookup("#resumeButton").query().isDisabled());
        assertTrue(window.label("#interventionLabel").startsWith("pause by "), window.label("#interventionLabel"));
        waitUntil(10, () -> window.has("#node-execution-first", "node-succeeded"));
        // Paused: the running step finished, and the next one does not start.
        WaitForAsyncUtils.sleep(1200, TimeUnit.MILLISECONDS);
        assertTrue(window.has("#node-execution-second", "node-pending"), "no new step starts while paused");

        window.robot.clickOn("#resumeButton");
        waitUntil(10, () -> window.has("#node-execution-second", "node-running"));

        window.robot.clickOn("#abortButton");
        waitUntil(5, () -> window.robot.lookup("#confirmAbortButton").tryQuery().isPresent());
        window.robot.clickOn("#confirmAbortButton");
        waitUntil(20, () -> "CANCELLED".equals(window.finalState()));
        assertTrue(window.has("#node-execution-second", "node-cancelled"));
        assertTrue(window.has("#node-rollback-undo_first", "node-rolled-back"), "what ran is compensated");
        assertTrue(window.has("#node-rollback-undo_third", "node-skipped"), "third never started: nothing to undo");
        // The buttons follow the final state on a later pulse.
        waitUntil(5, () -> !RunWindow.onFx(() -> window.robot.lookup("#runAgainButton").query().isDisabled()));
    }

    @Test
    void runAgainRepeatsTheRunWithTheSameInputsAndTheAuditShowsIt() throws TimeoutException {
        window = RunWindow.open(RunWindow.SAMPLE, temp.resolve("audit"), "#node-execution-drain_connections");
        // billing-db is the quick path: its first pre-check fails, so the run ends ABORTED at once.
        window.startFromDialog("demo", "billing-db");
        waitUntil(30, () -> "ABORTED".equals(window.finalState()));
        String first = window.label("#runIdLabel");

        window.robot.clickOn("#runAgainButton");
        waitUntil(30, () -> !window.label("#runIdLabel").equals(first) && "ABORTED".equals(window.finalState()));
        String second = window.label("#runIdLabel");
        assertNotEquals(first, second, "a new run, with its own id");
        assertTrue(window.robot.lookup("#startRunButton").tryQuery().isEmpty(), "no dialog: the same inputs are reused");
        // Only billing-db fails service_state: the resource typed for the first run was used again.
        assertTrue(window.has("#node-pre-check-service_state", "node-failed"));
        ListView<String> log = window.robot.lookup("#runLog").queryListView();
        assertTrue(log.getItems().stream().anyMatch(l -> l.contains(second.substring("Run ".length()) + " started")),
                "the log is the second run's");

        window.robot.clickOn("#openInAuditButton");
        TabPane tabs = window.robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertEquals("Audit", tabs.getSelectionModel().getSelectedItem().getText());
        TableView<AuditRunRow> runs = window.robot.lookup("#auditRunsTable").queryTableView();
        waitUntil(20, () -> runs.getSelectionModel().getSelectedItem() != null);
        assertEquals(second, "Run " + runs.getSelectionModel().getSelectedItem().runId(),
                "the run just finished is the one selected");
        assertEquals(2, runs.getItems().stream().filter(r -> r.finalState().equals("ABORTED")).count(),
                "both runs are recorded");
    }
}
