package io.mopstudio.ui.run;

import static io.mopstudio.ui.run.RunWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run past the environment's blast-radius limit waits in the window for a named human's answer. */
@Timeout(90)
class RunApprovalFxTest {

    private static final Path WIDE = Path.of("src/test/resources/ui/wide-change.yaml");
    private static final Path APPROVAL_ENV = Path.of("src/test/resources/ui/approval-local.yaml");

    @TempDir
    Path temp;

    private RunWindow window;

    @BeforeEach
    void startAWideChange() throws TimeoutException {
        window = RunWindow.open(WIDE, temp.resolve("audit"), "#node-execution-widen");
        window.startFromDialog(APPROVAL_ENV.toAbsolutePath().toString(), null);
        waitUntil(20, () -> window.robot.lookup("#approvalBanner").tryQuery().map(Node::isVisible).orElse(false));
        // The banner and the node's colour come by different routes (the gate, the event stream): wait for both.
        waitUntil(10, () -> window.has("#node-execution-widen", "node-awaiting-approval"));
        assertTrue(window.label("#approvalExplanation").contains("high"), window.label("#approvalExplanation"));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        window.close();
    }

    @Test
    void approvingWithANameAndReasonLetsTheRunGoOn() throws TimeoutException {
        answer("#approveButton", "CHG-1234 reviewed");

        waitUntil(30, () -> "RESOLVED".equals(window.finalState()));
        assertTrue(window.has("#node-execution-widen", "node-succeeded"));
        assertTrue(window.has("#node-execution-finish", "node-succeeded"));
        assertFalse(window.robot.lookup("#approvalBanner").query().isVisible(), "the banner goes once answered");
    }

    @Test
    void decliningAbortsTheRunBeforeAnyStep() throws TimeoutException {
        answer("#declineButton", "not during the freeze");

        waitUntil(30, () -> "ABORTED".equals(window.finalState()));
        assertTrue(window.has("#node-execution-widen", "node-skipped"), "declined: the step never ran");
        assertTrue(window.has("#node-execution-finish", "node-skipped"));
        assertTrue(window.has("#node-rollback-narrow", "node-skipped"), "nothing ran, nothing to undo");
        assertFalse(window.robot.lookup("#approvalBanner").query().isVisible());
    }

    private void answer(String button, String reason) {
        window.robot.interact(() -> window.robot.lookup("#approverField").queryTextInputControl().setText("alice"));
        window.robot.clickOn("#approvalReasonField").write(reason);
        window.robot.clickOn(button);
    }
}
