package io.mopstudio.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InsightRuns;
import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.shell.MopStudioApp;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer opens the Audit tab, narrows it to production, picks the rolled-back run and scrubs its replay. */
class AuditViewTest {

    @TempDir
    Path temp;

    private final FxRobot robot = new FxThreadRobot();
    private Application app;

    @BeforeEach
    void startWindow() throws TimeoutException {
        try (AuditStore store = AuditStore.open(temp.resolve("audit"))) {
            InsightRuns.all().forEach(run -> run.forEach(store.listener()::onEvent));
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MopStudioApp.class, "--audit-db=" + temp.resolve("audit"));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void filtersSelectsAndScrubsTheReplay() throws TimeoutException {
        waitUntil(20, () -> robot.lookup("#auditButton").tryQuery().isPresent());
        robot.clickOn("#auditButton");
        TableView<AuditRunRow> runs = robot.lookup("#auditRunsTable").queryTableView();
        waitUntil(10, () -> runs.getItems().size() == 5);
        assertTrue(runs.getItems().stream().allMatch(r -> r.chain().equals(AuditRunRow.VERIFIED)));

        ChoiceBox<String> environment = robot.lookup("#auditEnvironmentFilter").queryAs(ChoiceBox.class);
        robot.interact(() -> environment.setValue("production"));
        robot.clickOn("#auditSearch").write("carol");
        waitUntil(5, () -> ids(runs).equals(List.of("R4")));
        assertEquals("1 of 5 runs shown.", robot.lookup("#auditMessage").queryAs(Label.class).getText());

        robot.interact(() -> runs.getSelectionModel().select(0));
        TabPane details = robot.lookup("#auditDetails").queryAs(TabPane.class);
        robot.interact(() -> details.getSelectionModel().select(1));
        Slider slider = robot.lookup("#auditReplaySlider").queryAs(Slider.class);
        waitUntil(10, () -> slider.getMax() == 15 && status("resize").equals(Optional.of("node-failed")));

        robot.clickOn(slider);
        robot.interact(() -> slider.setValue(0));
        for (int i = 0; i < 9; i++) {
            robot.type(KeyCode.RIGHT);
        }
        waitUntil(5, () -> status("resize").equals(Optional.of("node-running")));
        assertTrue(robot.lookup("#auditReplayMoment").queryAs(Label.class).getText().startsWith("Event 9 of 15"));
        assertEquals(Optional.of("node-succeeded"), status("drain"));
    }

    private Optional<String> status(String stepId) {
        Node graphs = robot.lookup("#auditReplayGraphs").query();
        return robot.from(graphs).lookup("#node-execution-" + stepId).tryQuery()
                .flatMap(node -> node.getStyleClass().stream().filter(c -> c.startsWith("node-")
                        && !c.startsWith("node-kind")).findFirst());
    }

    private static List<String> ids(TableView<AuditRunRow> runs) {
        return runs.getItems().stream().map(AuditRunRow::runId).toList();
    }

    private static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
