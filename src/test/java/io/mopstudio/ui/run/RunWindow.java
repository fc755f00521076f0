package io.mopstudio.ui.run;

import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.shell.MopStudioApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real MOP Studio window for the run console's TestFX tests, opened on a MOP with its own
 * audit database, and the few moves an operator makes in it: start a run from the dialog, read
 * the final state, look at a node's colour.
 */
final class RunWindow implements AutoCloseable {

    static final Path SAMPLE = Fixtures.SAMPLE;
    static final Path LOCAL = Path.of("src/test/resources/ui/local.yaml");

    final FxRobot robot = new FxThreadRobot();
    private final Application app;

    private RunWindow(Application app) {
        this.app = app;
    }

    /** Opens the window on {@code mop} and waits until {@code firstNode} (a css id) is drawn. */
    static RunWindow open(Path mop, Path auditDb, String firstNode) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        RunWindow window = new RunWindow(FxToolkit.setupApplication(MopStudioApp.class,
                "--mop=" + mop.toAbsolutePath(), "--audit-db=" + auditDb));
        waitUntil(20, () -> onFx(() -> window.robot.lookup(firstNode).tryQuery().isPresent()));
        return window;
    }

    /**
     * Shows the rollback graph once and returns to the execution graph: a graph tab draws its
     * nodes the first time it is shown, and a test that records colours needs them all drawn.
     */
    void drawBothGraphs(String rollbackNode) throws TimeoutException {
        TabPane tabs = onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class));
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(10, () -> onFx(() -> robot.lookup(rollbackNode).tryQuery().isPresent()));
        robot.interact(() -> tabs.getSelectionModel().select(0));
    }

    /** Opens the Run dialog, picks {@code environment} (a name or a file), types the resource if given, starts. */
    void startFromDialog(String environment, String resource) throws TimeoutException {
        robot.clickOn("#runButton");
        waitUntil(10, () -> onFx(() -> robot.lookup("#startRunButton").tryQuery().isPresent()));
        ComboBox<String> environments = robot.lookup("#environmentChoice").queryComboBox();
        robot.interact(() -> {
            if (!environments.getItems().contains(environment)) {
                environments.getItems().add(environment);
            }
            environments.getSelectionModel().select(environment);
        });
        if (resource != null) {
            // The dialog may remember a value from an earlier run: replace it.
            robot.interact(() -> robot.lookup("#incident-affected_resource").queryTextInputControl().clear());
            robot.clickOn("#incident-affected_resource").write(resource);
        }
        waitUntil(5, () -> onFx(() -> !robot.lookup("#startRunButton").query().isDisabled()));
        robot.clickOn("#startRunButton");
    }

    /** The final state the status bar shows (e.g. ROLLED_BACK), or empty while the run goes on. */
    String finalState() {
        return onFx(() -> {
            Label state = robot.lookup("#finalStateLabel").queryAs(Label.class);
            return state.isVisible() ? state.getText().replace(' ', '_') : "";
        });
    }

    String label(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    boolean has(String id, String styleClass) {
        return onFx(() -> robot.lookup(id).tryQuery().map(Node::getStyleClass).map(c -> c.contains(styleClass))
                .orElse(false));
    }

    /**
     * Reads the scene on the FX thread: a lookup from the test thread walks children the FX thread
     * may be changing at that moment, and then misses nodes that are there (seen in CI).
     */
    static <T> T onFx(Callable<T> read) {
        return FxThreadRobot.onFx(read);
    }

    static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
