package io.mopstudio.ui.builder;

import io.mopstudio.ui.shell.MopStudioApp;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window driven as a user would, for the builder's TestFX tests: started on a MOP file, palette
 * items dragged to canvas points, wires drawn between ports, form fields typed into and choices picked.
 * Each gesture waits until the window has caught up, so a test reads as the steps a person takes.
 * Registered as an extension ({@code @RegisterExtension}), it closes the window after each test.
 */
final class BuilderRobot implements AfterEachCallback {

    private final FxRobot robot = new FxRobot();
    private Optional<Application> app = Optional.empty();

    /** Opens the main window on {@code file} (which need not exist yet), with its own audit database. */
    void open(Path file, Path auditDb) throws Exception {
        // The machine may be busy: starting the window can take longer than TestFX's default.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(TimeUnit.SECONDS.toMillis(90));
        FxToolkit.registerPrimaryStage();
        app = Optional.of(FxToolkit.setupApplication(MopStudioApp.class, "--mop=" + file.toAbsolutePath(),
                "--audit-db=" + auditDb));
    }

    /** Closes the window after each test, also one that failed before the window was up. */
    @Override
    public void afterEach(ExtensionContext context) throws TimeoutException {
        if (app.isPresent()) {
            FxToolkit.cleanupApplication(app.get());
            app = Optional.empty();
        }
        FxToolkit.cleanupStages();
    }

    FxRobot fx() {
        return robot;
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Waits until the YAML pane shows {@code written}; else fails with the text and the status bar as they are. */
    void waitForText(String written) {
        try {
            waitUntil(() -> text().contains(written));
        } catch (TimeoutException e) {
            throw new AssertionError("the YAML pane never showed '" + written + "'; status: "
                    + robot.lookup("#statusMessage").tryQuery().map(n -> ((Labeled) n).getText()).orElse("?")
                    + "; focus: " + robot.targetWindow().getScene().getFocusOwner() + "; text:\n" + text(), e);
        }
    }

    /** A gesture of the robot's, which may throw as waiting does. */
    interface Gesture {
        void perform() throws Exception;
    }

    /**
     * Performs an idempotent gesture until it shows its effect, at most three times. On a loaded
     * machine the headless robot now and then loses a click; a broken feature still fails every try.
     */
    void retrying(Callable<Boolean> done, Gesture gesture) throws Exception {
        for (int attempt = 1; ; attempt++) {
            gesture.perform();
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, done);
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    void waitFor(String query) throws TimeoutException {
        waitUntil(() -> exists(query));
    }

    /** The YAML pane's text. */
    String text() {
        return robot.lookup("#yamlText").queryAs(TextArea.class).getText();
    }

    /** The visible canvas (the shown tab's), in screen coordinates. */
    Bounds canvasArea() {
        Node canvas = robot.lookup(".graph-canvas").match(BuilderRobot::shown).query();
        return canvas.localToScreen(canvas.getBoundsInLocal());
    }

    /** Zooms the shown canvas out with its "−" button, so that a whole MOP fits the small headless screen. */
    void zoomOut(int clicks) {
        // From 100 % every time: the window, and its zoom, may be the previous test's.
        robot.clickOn((Node) robot.lookup(".zoom-button").match((Labeled b) -> b.getText().equals("1:1"))
                .match(BuilderRobot::shown).query());
        Node button = robot.lookup(".zoom-button").match((Labeled b) -> b.getText().equals("−"))
                .match(BuilderRobot::shown).query();
        for (int i = 0; i < clicks; i++) {
            robot.clickOn(button);
        }
        settle();
    }

    /** Whether a node and every parent is visible: a tab's content is hidden while another tab is shown. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Finds {@code name} in the palette and drags it onto the shown canvas, {@code (dx, dy)} from its top left. */
    void dragFromPalette(String name, double dx, double dy) {
        Bounds area = canvasArea();
        dragFromPalette(name, new Point2D(area.getMinX() + dx, area.getMinY() + dy));
    }

    /** Finds {@code name} in the palette and drags it to a point of the screen. */
    void dragFromPalette(String name, Point2D screen) {
        settle();
        robot.clickOn("#paletteSearch").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(name);
        robot.drag("#palette-" + name.replaceAll("[^A-Za-z0-9_-]", "_"), MouseButton.PRIMARY).dropTo(screen);
    }

    /** Where a node is drawn on the screen. */
    Bounds onScreen(String node) {
        Node box = robot.lookup("#" + node + " .graph-node").query();
        return box.localToScreen(box.getBoundsInLocal());
    }

    /** Draws a wire from one node's output port onto another node, so that {@code toNode} waits for {@code fromNode}. */
    void wire(String fromNode, String toNode) {
        settle();
        robot.drag("#" + fromNode + " .node-port-out", MouseButton.PRIMARY).dropTo("#" + toNode + " .node-title");
    }

    /** Selects a node, so that its form opens beside the canvas. */
    void select(String node) {
        settle();
        // Near the bottom left: on a zoomed-out canvas the zoom buttons may cover a node's title.
        Node box = robot.lookup("#" + node + " .graph-node").query();
        String id = node.replaceFirst("^node-(pre-check|execution|validation|rollback)-", "");
        try {
            retrying(() -> robot.lookup("#inspector .form-heading")
                    .match((Labeled l) -> l.getText().endsWith(" " + id)).tryQuery().isPresent(), () -> {
                        robot.moveTo(box, Pos.BOTTOM_LEFT, new Point2D(12, -4), Motion.DEFAULT);
                        settle();
                        robot.clickOn(MouseButton.PRIMARY);
                    });
        } catch (Exception e) {
            throw new AssertionError("selecting " + node + " did not open its form; node on screen at "
                    + box.localToScreen(box.getBoundsInLocal()) + ", still shown: " + shown(box) + ", form: "
                    + robot.lookup("#inspector .form-heading").queryAll().stream()
                            .map(l -> ((Labeled) l).getText()).toList(), e);
        }
    }

    /**
     * Lets the window finish what the last gesture started: a canvas draws its nodes again once
     * their layout is computed, and a press on a node that is about to be replaced goes nowhere.
     */
    void settle() {
        // No sleep: a pointer resting on a control opens its tooltip, a window that then takes the next click.
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Scrolls the form so that a control inside it is in view, as a user scrolls before clicking: a
     * click on a control scrolled out of the form would land on whatever is drawn there instead.
     */
    private void reveal(String query) {
        Node node = robot.lookup(query).query();
        ScrollPane form = robot.lookup("#inspector").queryAs(ScrollPane.class);
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == form) {
                robot.interact(() -> {
                    Node content = form.getContent();
                    Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        form.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 30) / hidden)));
                        // Laid out now, so the click goes where the control is after scrolling.
                        form.layout();
                    }
                });
                return;
            }
        }
    }

    /** Replaces a form field's text and commits it with Enter. */
    void fill(String fieldId, String value) throws TimeoutException {
        waitFor("#" + fieldId);
        reveal("#" + fieldId);
        settle();
        robot.clickOn("#" + fieldId).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (value.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(value);
        }
        robot.type(KeyCode.ENTER);
    }

    /** Fills a form field until the YAML pane shows {@code written} (filling is idempotent: it replaces the text). */
    void fillUntil(String fieldId, String value, String written) throws Exception {
        retrying(() -> text().contains(written), () -> fill(fieldId, value));
    }

    /**
     * Shows a graph's tab. Clicking a tab header with the headless robot did not switch tabs (a click
     * on a header there lands nowhere; tried, 3 times): the tab is selected as its header would.
     * Switching tabs is navigation, not one of the builder's gestures under test.
     */
    void showTab(String title) {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        settle();
    }

    /** Opens a form's drop-down and clicks one of its words. */
    void choose(String fieldId, String word) throws TimeoutException {
        waitFor("#" + fieldId);
        reveal("#" + fieldId);
        settle();
        robot.clickOn("#" + fieldId);
        waitUntil(() -> robot.lookup(".list-cell").match((Labeled c) -> word.equals(c.getText()))
                .match(Node::isVisible).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match((Labeled c) -> word.equals(c.getText()))
                .match(Node::isVisible).<Node>query());
    }

    void click(String query) throws TimeoutException {
        waitFor(query);
        reveal(query);
        settle();
        robot.clickOn(query);
    }
}
