package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.BuildInfo;
import io.mopstudio.ui.audit.AuditRunRow;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walking skeleton end to end, as a user drives it: open the sample MOP, run it on the demo lab
 * for orders-db through the real Run dialog, watch the steps succeed and the run resolve, and find
 * the run in the Audit tab.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MopStudioAppTest extends SampleWindowCase {

    @Test
    void runsTheSampleOnTheDemoLabAndRecordsItInTheAudit() throws TimeoutException {
        waitUntil(20, () -> robot.lookup("#node-execution-drain_connections").tryQuery().isPresent());
        Stage main = (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        assertEquals("MOP Studio — Database Connection Pool Recovery (MOP-284-db-connection-pool-recovery.yaml)",
                main.getTitle());

        robot.clickOn("#runButton");
        waitUntil(10, () -> robot.lookup("#startRunButton").tryQuery().isPresent());
        ComboBox<String> environments = robot.lookup("#environmentChoice").queryComboBox();
        robot.interact(() -> environments.getSelectionModel().select("demo"));
        assertTrue(robot.lookup(".demo-banner").queryAll().stream().anyMatch(Node::isVisible),
                "the dialog says plainly that the demo touches nothing real");
        // The dialog may remember a value from an earlier run: replace it.
        robot.interact(() -> robot.lookup("#incident-affected_resource").queryTextInputControl().clear());
        robot.clickOn("#incident-affected_resource").write("orders-db");
        robot.clickOn("#startRunButton");

        waitUntil(30, () -> succeeded("drain_connections") && succeeded("restart_conn_manager")
                && succeeded("reset_pool"));
        Label finalState = robot.lookup("#finalStateLabel").queryAs(Label.class);
        waitUntil(30, () -> "RESOLVED".equals(finalState.getText()) && finalState.isVisible());
        assertTrue(robot.lookup("#demoBanner").query().isVisible(), "the window shows the demo banner");
        String runId = robot.lookup("#runIdLabel").queryAs(Label.class).getText().replace("Run ", "");

        robot.clickOn("#auditButton");
        TableView<AuditRunRow> runs = robot.lookup("#auditRunsTable").queryTableView();
        waitUntil(10, () -> runs.getItems().stream()
                .anyMatch(row -> row.runId().equals(runId) && row.finalState().equals("RESOLVED")));
        robot.interact(() -> runs.getSelectionModel().select(0));
        TableView<?> events = robot.lookup("#auditEventsTable").queryTableView();
        waitUntil(10, () -> !events.getItems().isEmpty());
    }

    @Test
    void aboutSaysWhichBuildAndWhichJavaThisIs() throws TimeoutException {
        robot.clickOn("#helpMenu");
        robot.clickOn("About MOP Studio");
        waitUntil(10, () -> robot.lookup("#aboutHeading").tryQuery().isPresent());
        // Tests run from class folders: no manifest, and the dialog says so rather than inventing a version.
        assertEquals("MOP Studio " + BuildInfo.DEVELOPMENT_VERSION,
                robot.lookup("#aboutHeading").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#aboutRuntime").queryAs(Label.class).getText()
                .startsWith("Java " + Runtime.version()));
        robot.clickOn("#aboutCloseButton");
        waitUntil(10, () -> robot.lookup("#aboutHeading").tryQuery().isEmpty());
    }

    private boolean succeeded(String stepId) {
        return robot.lookup("#node-execution-" + stepId).tryQuery()
                .map(node -> node.getStyleClass().contains("node-succeeded")).orElse(false);
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
