package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.fx.Stylesheets;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas driven with the mouse: the minimap of a large graph, and dragging a node with and without the grid. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class CanvasViewFxTest {

    private final FxRobot robot = new FxThreadRobot();
    private final List<Map<NodeKey, Point>> moves = new ArrayList<>();
    private final GraphCanvasViewModel model = new GraphCanvasViewModel(
            graph -> CompletableFuture.completedFuture(RankLayout.layout(graph, "test")), UiDispatch.inline(),
            FXCollections.observableHashMap());

    @BeforeEach
    void openCanvas() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            GraphCanvasView view = new GraphCanvasView(model, Optional.of(new Recorder()));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 800, 600);
            Stylesheets.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theMinimapShowsALargeGraphAndPressingItMovesTheView() throws TimeoutException {
        show(GraphCanvasViewModelTest.chains(500));
        robot.interact(model::resetZoom);
        Node minimap = robot.lookup("#minimap").query();
        waitUntil(minimap::isVisible);
        ScrollPane scroll = robot.lookup(".graph-canvas").queryAs(ScrollPane.class);
        assertEquals(0, scroll.getVvalue(), 1e-9);
        Bounds map = minimap.localToScreen(minimap.getBoundsInLocal());
        robot.clickOn(map.getMinX() + map.getWidth() * 0.9, map.getMinY() + map.getHeight() * 0.85);
        waitUntil(() -> scroll.getVvalue() > 0.7);
        assertTrue(scroll.getHvalue() > 0.7, "moved right too: " + scroll.getHvalue());
        robot.drag(map.getMinX() + map.getWidth() * 0.9, map.getMinY() + map.getHeight() * 0.85, MouseButton.PRIMARY)
                .dropTo(map.getMinX() + map.getWidth() * 0.4, map.getMinY() + 5);
        waitUntil(() -> scroll.getVvalue() < 0.05);

        robot.clickOn("#minimapButton");
        waitUntil(() -> !minimap.isVisible());
        assertFalse(model.minimapWantedProperty().get(), "the toolbar toggle hides the minimap");
        robot.clickOn("#minimapButton");
        waitUntil(minimap::isVisible);
    }

    @Test
    void aGraphThatFitsHasNoMinimap() throws TimeoutException {
        show(GraphCanvasViewModelTest.chains(3));
        robot.interact(() -> model.fit(780, 580));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#minimap").query().isVisible());
    }

    @Test
    void aDragWithSnapOnLandsOnTheGridAndWithoutItExactlyWhereDropped() throws TimeoutException {
        show(GraphCanvasViewModelTest.chains(3));
        robot.interact(model::resetZoom);
        String node = "#node-execution-step_0 .node-title";
        robot.drag(node, MouseButton.PRIMARY).moveBy(33, 27).drop();
        waitUntil(() -> moves.size() == 1);
        Point free = moves.get(0).get(NodeKey.step(GraphKind.EXECUTION, "step_0"));
        NodePlacement start = model.layoutProperty().get().placement(NodeKey.step(GraphKind.EXECUTION, "step_0"))
                .orElseThrow();
        assertEquals(new Point(start.x() + 33, start.y() + 27), free);
        assertNotEquals(0, free.x() % GraphCanvasViewModel.GRID, "24 + 33 is off the grid");

        robot.clickOn("#snapToGridButton");
        assertTrue(model.snapToGridProperty().get(), "the toolbar toggle turns snapping on");
        robot.drag(node, MouseButton.PRIMARY).moveBy(33, 27).drop();
        waitUntil(() -> moves.size() == 2);
        Point snapped = moves.get(1).get(NodeKey.step(GraphKind.EXECUTION, "step_0"));
        assertEquals(0, snapped.x() % GraphCanvasViewModel.GRID, 1e-9, "x on the grid: " + snapped);
        assertEquals(0, snapped.y() % GraphCanvasViewModel.GRID, 1e-9, "y on the grid: " + snapped);
        // The box was left where the first drag put it (the recorder applies nothing), so this one starts there.
        assertTrue(Math.abs(snapped.x() - (free.x() + 33)) <= GraphCanvasViewModel.GRID / 2
                && Math.abs(snapped.y() - (free.y() + 27)) <= GraphCanvasViewModel.GRID / 2,
                "the grid point nearest the drop: " + snapped);
    }

    @Test
    void theViewStaysStillAtEveryZoomOfASmallGraph() throws Exception {
        show(GraphCanvasViewModelTest.chains(3));
        robot.interact(model::resetZoom);
        ScrollPane scroll = robot.lookup(".graph-canvas").queryAs(ScrollPane.class);
        // Zoomed out, the drawing stretches to fill the window; it once overshot by a rounding error,
        // and the scroll bars came and went on every pulse, the whole graph jumping with them.
        for (int step = 0; step < 14; step++) {
            robot.interact(() -> model.zoomBy(1 / 1.1));
            Set<Bounds> seen = new java.util.HashSet<>();
            for (int look = 0; look < 8; look++) {
                Thread.sleep(40);
                seen.add(onFx(scroll::getViewportBounds));
            }
            assertEquals(1, seen.size(), "the viewport changed by itself at zoom " + model.zoomProperty().get()
                    + ": " + seen);
        }
    }

    @Test
    void aChangedParameterShowsOnItsBoxThoughNothingMoved() throws Exception {
        MopGraph before = GraphCanvasViewModelTest.chains(3);
        show(before);
        robot.interact(model::resetZoom);
        NodeKey first = NodeKey.step(GraphKind.EXECUTION, "step_0");
        List<GraphNode> changed = new ArrayList<>(before.nodes());
        changed.set(0, new GraphNode(first, "step_0", "service.restart", List.of("graceful_timeout = 20s"),
                List.of("on_failure: rollback")));
        robot.interact(() -> model.selection().add(first));
        show(new MopGraph(changed, before.edges()));
        waitUntil(() -> onFx(() -> texts("#node-execution-step_0")).contains("graceful_timeout = 20s"));
        assertTrue(onFx(() -> texts("#node-execution-step_0")).contains("on_failure: rollback"));
        assertTrue(onFx(() -> robot.lookup("#node-execution-step_0 .node-selected").tryQuery().isPresent()),
                "the box made again is still selected");
        assertEquals(3, onFx(() -> robot.lookup(".graph-node").queryAll().size()), "one box a node, none left over");
    }

    private List<String> texts(String node) {
        return robot.lookup(node + " .label").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void show(MopGraph graph) {
        robot.interact(() -> model.show(graph, "empty"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** The canvas's requests, kept to look at; moves are not applied, so each drag starts from the laid-out place. */
    private final class Recorder implements CanvasActions {

        @Override
        public Optional<String> refuseConnection(NodeKey from, NodeKey to) {
            return Optional.of("not in this test");
        }

        @Override
        public void connect(NodeKey from, NodeKey to) {
        }

        @Override
        public void move(Map<NodeKey, Point> topLefts) {
            moves.add(Map.copyOf(topLefts));
        }

        @Override
        public void delete(Set<NodeKey> nodes, Optional<GraphEdge> edge) {
        }

        @Override
        public void drop(String paletteItem, Point at) {
        }

        @Override
        public void copy(Set<NodeKey> nodes) {
        }

        @Override
        public void paste(Point at) {
        }

        @Override
        public void duplicate(Set<NodeKey> nodes) {
        }

        @Override
        public void autoLayout() {
        }
    }
}
