package io.mopstudio.ui.run;

import static io.mopstudio.ui.run.RunWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The run console driven as an operator does, through the real window, dialog and buttons. */
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
        assertFalse(window.robot.lookup("#runAgainButton").query().isDisabled());
    }
}
