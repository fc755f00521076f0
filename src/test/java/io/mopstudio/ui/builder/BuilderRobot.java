package io.mopstudio.ui.builder;

import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.shell.MopStudioApp;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window driven as a user would, for the builder's TestFX tests: started on a MOP file, palette
 * items dragged to canvas points, wires drawn between ports, form fields typed into and choices picked.
 * Each gesture waits until the window has caught up, so a test reads as the steps a person takes.
 * Registered as an extension ({@code @RegisterExtension}), it closes the window after each test.
 *
 * <p>Every read of the window (a lookup, a node's place on the screen, a text) runs on the FX thread,
 * and the robot is then sent to screen points: a lookup from the test thread walks child lists the FX
 * thread is replacing at that moment (the canvas re-renders after each edit), and then misses nodes
 * that are there or measures ones that are gone (seen in CI as lost drags and clicks).
 */
final class BuilderRobot implements AfterEachCallback {

    private final FxRobot robot = new FxThreadRobot();
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
        if (context.getExecutionException().isPresent() && app.isPresent()) {
            keepScreenshot(Path.of("target", "surefire-reports",
                    context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                            + ".png"));
        }
        if (app.isPresent()) {
            FxToolkit.cleanupApplication(app.get());
            app = Optional.empty();
        }
        FxToolkit.cleanupStages();
    }

    /** Saves what the screen shows, so that a failed gesture can be seen afterwards. */
    private void keepScreenshot(Path png) {
        try {
            Files.createDirectories(png.getParent());
            Image shot = robot.capture(onFx(() -> robot.listWindows().stream().filter(javafx.stage.Window::isShowing)
                    .findFirst().orElseThrow().getScene().getRoot())).getImage();
            // By hand: TestFX's own image writer needs javafx-swing, which the product does not ship.
            int width = (int) shot.getWidth();
            int height = (int) shot.getHeight();
            java.awt.image.BufferedImage pixels = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    pixels.setRGB(x, y, shot.getPixelReader().getArgb(x, y));
                }
            }
            javax.imageio.ImageIO.write(pixels, "png", png.toFile());
            System.err.println("screenshot of the failed test: " + png.toAbsolutePath());
        } catch (Exception | AssertionError e) {
            System.err.println("no screenshot of the failed test: " + e);
        }
    }

    /** Reads the window on the FX thread (see the class comment). */
    static <T> T onFx(Callable<T> read) {
        return FxThreadRobot.onFx(read);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /** Waits until the YAML pane shows {@code written}; else fails with the text and the status bar as they are. */
    void waitForText(String written) {
        try {
            waitUntil(() -> text().contains(written));
        } catch (TimeoutException e) {
            throw new AssertionError("the YAML pane never showed '" + written + "'; status: "
                    + onFx(() -> robot.lookup("#statusMessage").tryQuery().map(n -> ((Labeled) n).getText())
                            .orElse("?"))
                    + "; text:\n" + text(), e);
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
            settle();
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(done));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** The shown node a query finds, if any; call on the FX thread. */
    private Optional<Node> shownNode(String query) {
        return robot.lookup(query).match(BuilderRobot::shown).tryQuery();
    }

    boolean exists(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    void waitFor(String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).tryQuery().isPresent());
    }

    /** What the status bar says now. */
    String status() {
        return onFx(() -> robot.lookup("#statusMessage").tryQuery().map(n -> ((Labeled) n).getText()).orElse(""));
    }

    /** The YAML pane's text. */
    String text() {
        return onFx(() -> robot.lookup("#yamlText").queryAs(CodeArea.class).getText());
    }

    /**
     * Where a shown node is on the screen, once it stays there: an edit or a selection may open a form
     * that narrows the canvas, and the next layout pass then moves every node; a gesture aimed at the
     * place read before that pass lands beside its target (seen: a group drag that started on empty
     * canvas because the nodes had shifted 30 pixels).
     */
    Bounds onScreen(String query) {
        Bounds last = bounds(query);
        if (Platform.isFxApplicationThread()) {
            // Read inside a wait's condition: that wait is the one that lets the window settle.
            return last;
        }
        for (int i = 0; i < 20; i++) {
            sleep(50);
            settle();
            Bounds now = bounds(query);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private Bounds bounds(String query) {
        return onFx(() -> {
            Node node = shownNode(query).orElseThrow(() -> new AssertionError("nothing shown matches " + query));
            node.getScene().getRoot().layout();
            return node.localToScreen(node.getBoundsInLocal());
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The centre of a shown node on the screen. */
    Point2D centre(String query) {
        Bounds b = onScreen(query);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    /** Where a canvas node's box is drawn on the screen. */
    Bounds nodeOnScreen(String node) {
        return onScreen("#" + node + " .graph-node");
    }

    /** The visible canvas (the shown tab's), in screen coordinates. */
    Bounds canvasArea() {
        return onScreen(".graph-canvas");
    }

    /** Reads something of a shown node on the FX thread. */
    <N extends Node, T> T read(String query, java.util.function.Function<N, T> what) {
        return onFx(() -> {
            @SuppressWarnings("unchecked")
            N node = (N) shownNode(query).orElseThrow(() -> new AssertionError("nothing shown matches " + query));
            return what.apply(node);
        });
    }

    /** Zooms the shown canvas out with its "−" button, so that a whole MOP fits the small headless screen. */
    void zoomOut(int clicks) {
        // From 100 % every time: the window, and its zoom, may be the previous test's.
        robot.clickOn(zoomButton("1:1"));
        Point2D minus = zoomButton("−");
        for (int i = 0; i < clicks; i++) {
            robot.clickOn(minus);
        }
        settle();
    }

    private Point2D zoomButton(String label) {
        return onFx(() -> {
            Node button = robot.lookup(".zoom-button").match((Labeled b) -> b.getText().equals(label))
                    .match(BuilderRobot::shown).query();
            Bounds b = button.localToScreen(button.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    /** Whether a node and every parent is visible: a tab's content is hidden while another tab is shown. */
    static boolean shown(Node node) {
        return FxThreadRobot.shown(node);
    }

    /** Finds {@code name} in the palette and drags it to a point of the screen. */
    void dragFromPalette(String name, Point2D screen) throws TimeoutException {
        settle();
        String item = "#palette-" + name.replaceAll("[^A-Za-z0-9_-]", "_");
        robot.clickOn(centre("#paletteSearch")).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(name);
        waitUntil(() -> shownNode(item).isPresent());
        settle();
        robot.drag(centre(item), MouseButton.PRIMARY).dropTo(screen);
        settle();
    }

    /** Draws a wire from one node's output port onto another node, so that {@code toNode} waits for {@code fromNode}. */
    void wire(String fromNode, String toNode) {
        settle();
        robot.drag(centre("#" + fromNode + " .node-port-out"), MouseButton.PRIMARY)
                .dropTo(centre("#" + toNode + " .node-title"));
    }

    /** Selects a node, so that its form opens beside the canvas. */
    void select(String node) {
        String id = node.replaceFirst("^node-(pre-check|execution|validation|rollback)-", "");
        Predicate<Labeled> heading = l -> l.getText().endsWith(" " + id);
        try {
            retrying(() -> robot.lookup("#inspector .form-heading").match(heading).tryQuery().isPresent(), () -> {
                settle();
                // Near the bottom left: on a zoomed-out canvas the zoom buttons may cover a node's title.
                Bounds box = nodeOnScreen(node);
                robot.clickOn(new Point2D(box.getMinX() + 12, box.getMaxY() - 4));
            });
        } catch (Exception e) {
            throw new AssertionError("selecting " + node + " did not open its form; node on screen at "
                    + nodeOnScreen(node) + ", form: " + onFx(() -> robot.lookup("#inspector .form-heading")
                            .queryAll().stream().map(l -> ((Labeled) l).getText()).toList()), e);
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
        onFx(() -> {
            Node node = shownNode(query).orElseThrow(() -> new AssertionError("nothing shown matches " + query));
            ScrollPane form = robot.lookup("#inspector").queryAs(ScrollPane.class);
            for (Node n = node; n != null; n = n.getParent()) {
                if (n == form) {
                    Node content = form.getContent();
                    Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double hidden = content.getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight();
                    if (hidden > 0) {
                        form.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 30) / hidden)));
                        // Laid out now, so the click goes where the control is after scrolling.
                        form.layout();
                    }
                    break;
                }
            }
            return null;
        });
    }

    /** Replaces a form field's text and commits it with Enter. */
    void fill(String fieldId, String value) throws TimeoutException {
        click("#" + fieldId);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
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
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        settle();
    }

    /** Opens a form's drop-down and clicks one of its words. */
    void choose(String fieldId, String word) throws TimeoutException {
        click("#" + fieldId);
        String cell = ".list-cell";
        Callable<Optional<Point2D>> item = () -> robot.lookup(cell).match((Labeled c) -> word.equals(c.getText()))
                .match(Node::isVisible).tryQuery().map(c -> {
                    Bounds b = c.localToScreen(c.getBoundsInLocal());
                    return new Point2D(b.getCenterX(), b.getCenterY());
                });
        waitUntil(() -> item.call().isPresent());
        settle();
        robot.clickOn(onFx(item).orElseThrow());
    }

    /** Clicks a control once it is shown, scrolled into the form's view if it is in the form. */
    void click(String query) throws TimeoutException {
        waitUntil(() -> shownNode(query).isPresent());
        reveal(query);
        settle();
        robot.clickOn(centre(query));
    }

    /** Presses the primary button on a screen point, moves through {@code via}, releases on the last point. */
    void dragThrough(Point2D from, List<Point2D> via) {
        robot.drag(from, MouseButton.PRIMARY);
        for (int i = 0; i < via.size() - 1; i++) {
            robot.moveTo(via.get(i));
        }
        robot.dropTo(via.get(via.size() - 1));
    }

    FxRobot fx() {
        return robot;
    }
}
