package io.mopstudio.ui.builder;

import static io.mopstudio.ui.builder.BuilderRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's gestures on the sample MOP, with the mouse and keyboard: a wire that would close a
 * cycle, a group moved and reopened, a threshold edited in its form, broken text in the YAML pane.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BuilderGesturesTest {

    /** The sample's five ranks (pre-checks, three steps, validation) fit the small headless screen. */
    private static final int ZOOM_OUT_CLICKS = 12;
    private static final String DRAIN = "node-execution-drain_connections";
    private static final String RESTART = "node-execution-restart_conn_manager";
    private static final String RESET = "node-execution-reset_pool";

    @TempDir
    Path temp;

    @RegisterExtension
    final BuilderRobot window = new BuilderRobot();
    private Path file;
    private String sample;

    @BeforeEach
    void start() throws Exception {
        sample = Files.readString(Fixtures.SAMPLE);
        file = Files.writeString(temp.resolve("MOP-284.yaml"), sample);
        window.open(file, temp.resolve("audit"));
        window.waitFor("#" + RESET);
        window.zoomOut(ZOOM_OUT_CLICKS);
    }

    @Test
    void aWireThatWouldCloseACycleIsRefusedWhileDraggingWithTheReason() throws Exception {
        String cycle = "would close a cycle: drain_connections → restart_conn_manager → reset_pool → drain_connections";
        List<String> reasons = new ArrayList<>();
        try {
            retryCycleDrag(cycle, reasons);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the cycle was never refused with its reason; reasons shown: " + reasons, e);
        }
        String reason = reasons.get(reasons.size() - 1);
        assertEquals(cycle, reason);
        waitUntil(() -> window.exists("#" + DRAIN));
        assertEquals(sample, window.text(), "a refused wire changes nothing");
        waitUntil(() -> window.status().equals("Not connected: " + cycle));
    }

    private void retryCycleDrag(String cycle, List<String> reasons) throws Exception {
        window.retrying(() -> reasons.contains(cycle), () -> {
            window.settle();
            window.fx().drag(window.centre("#" + RESET + " .node-port-out"), MouseButton.PRIMARY)
                    .moveTo(window.centre("#" + DRAIN + " .node-title"));
            // The label follows the pointer; on the way it may have named a pre-check the wire passed over.
            try {
                waitUntil(() -> reason().filter(cycle::equals).isPresent());
                reasons.add(cycle);
            } catch (TimeoutException e) {
                reason().ifPresent(reasons::add);
            }
            window.fx().drop();
        });
    }

    /** The reason shown beside a wire being dragged, if one is shown. */
    private Optional<String> reason() {
        return BuilderRobot.onFx(() -> window.fx().lookup("#wireReason").tryQuery().filter(BuilderRobot::shown)
                .map(label -> ((Label) label).getText()));
    }

    @Test
    void aGroupMovedTogetherKeepsItsPositionsAfterSaveAndReopen() throws Exception {
        String preCheck = "node-pre-check-service_state";
        List<Point2D> before = positions(DRAIN, RESTART, RESET);
        List<Point2D> preCheckBefore = positions(preCheck);
        // A rubber band around the three steps (and nothing left of them, where the pre-checks are).
        Bounds first = window.nodeOnScreen(DRAIN);
        Bounds restart = window.nodeOnScreen(RESTART);
        Bounds reset = window.nodeOnScreen(RESET);
        Point2D from = new Point2D(first.getMinX() - 4, first.getMinY() - 4);
        Point2D to = new Point2D(Math.max(restart.getMaxX(), reset.getMaxX()) + 4,
                Math.max(restart.getMaxY(), reset.getMaxY()) + 4);
        window.retrying(() -> selected(DRAIN) && selected(RESTART) && selected(RESET), () -> {
            window.settle();
            window.fx().drag(from, MouseButton.PRIMARY).dropTo(to);
        });
        window.retrying(() -> !positions(DRAIN, RESTART, RESET).equals(before), () -> {
            window.settle();
            Point2D title = window.centre("#" + DRAIN + " .node-title");
            window.dragThrough(title, List.of(title.add(10, 20), title.add(20, 40), title.add(30, 60)));
        });
        List<Point2D> moved = positions(DRAIN, RESTART, RESET);
        Point2D shift = moved.get(0).subtract(before.get(0));
        String seen = "steps " + before + " → " + moved + ", pre-check " + preCheckBefore + " → " + positions(preCheck)
                + ", band " + from + " to " + to;
        assertEquals(shift, moved.get(1).subtract(before.get(1)), "the group moved together: " + seen);
        assertEquals(shift, moved.get(2).subtract(before.get(2)), "the group moved together: " + seen);
        assertEquals(preCheckBefore, positions(preCheck), "a node outside the group stays: " + seen);

        window.retrying(() -> Files.exists(temp.resolve("MOP-284.layout.json")), () -> window.click("#saveButton"));
        window.click("#reloadButton");
        waitUntil(() -> window.exists("#" + DRAIN));
        assertEquals(moved, positions(DRAIN, RESTART, RESET), "reopened where they were moved to");
        assertEquals(sample, Files.readString(file), "moving never changes the MOP's text");
    }

    @Test
    void editingAThresholdInTheFormChangesExactlyOneLineOfTheSavedFile() throws Exception {
        window.select("node-validation-connection_wait_time");
        window.fillUntil("param-threshold_ms", "75", "threshold_ms: 75");
        window.retrying(() -> !Files.readString(file).equals(sample), () -> window.click("#saveButton"));
        List<String> was = sample.lines().toList();
        List<String> now = Files.readString(file).lines().toList();
        assertEquals(was.size(), now.size());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(now.get(i))) {
                changed.add(was.get(i) + " → " + now.get(i));
            }
        }
        assertEquals(List.of("    threshold_ms: 50 →     threshold_ms: 75"), changed);
    }

    @Test
    void invalidYamlTypedInThePaneKeepsTheGraphAndShowsTheErrorLine() throws Exception {
        int lines = (int) sample.lines().count();
        window.settle();
        window.click("#yamlText");
        window.fx().press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL)
                .write("- stray item");
        waitUntil(() -> window.fx().lookup("#yamlParseError").tryQuery().filter(BuilderRobot::shown).isPresent());
        String error = window.read("#yamlParseError", (Label l) -> l.getText());
        assertTrue(error.contains(":" + (lines + 1) + ":"), "the error names line " + (lines + 1) + ": " + error);
        waitUntil(() -> window.fx().lookup("#yamlText").queryAs(CodeArea.class).getParagraph(lines)
                .getParagraphStyle().contains("yaml-error-line"));
        for (String node : List.of(DRAIN, RESTART, RESET, "node-pre-check-service_state")) {
            assertTrue(window.exists("#" + node), node + " is still drawn from the last valid text");
        }
        assertNotEquals(sample, window.text());
    }

    private boolean selected(String node) {
        return window.read("#" + node + " .graph-node", (Node n) -> n.getStyleClass().contains("node-selected"));
    }

    /** Where the canvas draws each node, in canvas coordinates. */
    private List<Point2D> positions(String... nodes) {
        return BuilderRobot.onFx(() -> {
            List<Point2D> out = new ArrayList<>();
            for (String node : nodes) {
                Node view = window.fx().lookup("#" + node).query();
                out.add(new Point2D(view.getLayoutX(), view.getLayoutY()));
            }
            return out;
        });
    }
}
