package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

class GraphCanvasViewModelTest {

    private final List<CompletableFuture<GraphLayout>> pending = new ArrayList<>();
    private final GraphCanvasViewModel canvas = new GraphCanvasViewModel(graph -> {
        CompletableFuture<GraphLayout> future = new CompletableFuture<>();
        pending.add(future);
        return future;
    }, UiDispatch.inline(), FXCollections.observableHashMap());
    private final MopGraph execution = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
    private final MopGraph rollback = MopGraph.of(Fixtures.sampleMop(), GraphKind.ROLLBACK);

    @Test
    void showsAPlaceholderUntilTheLayoutArrives() {
        canvas.show(execution, "nothing");
        assertEquals("Laying out…", canvas.placeholderProperty().get());
        GraphLayout layout = RankLayout.layout(execution, "test");
        pending.get(0).complete(layout);
        assertEquals(layout.nodes(), canvas.layoutProperty().get().nodes(), "nodes go where graphviz put them");
        assertEquals(layout.nodes().size(), canvas.positionsProperty().get().positions().size(),
                "and those positions are kept, so they do not move again");
        assertEquals("", canvas.placeholderProperty().get());
    }

    @Test
    void aStaleLayoutNeverReplacesANewerGraph() {
        canvas.show(execution, "nothing");
        canvas.show(rollback, "nothing");
        GraphLayout newer = RankLayout.layout(rollback, "test");
        pending.get(1).complete(newer);
        pending.get(0).complete(RankLayout.layout(execution, "test"));
        assertEquals(newer.nodes(), canvas.layoutProperty().get().nodes());
    }

    @Test
    void saysSoWhenGraphvizWasNotUsed() {
        canvas.show(execution, "nothing");
        pending.get(0).complete(RankLayout.layout(execution, "graphviz unavailable (V8: no library)"));
        assertEquals("Simple rank layout: graphviz unavailable (V8: no library)", canvas.layoutNoteProperty().get());
    }

    @Test
    void aFailedLayoutFallsBackToRanks() {
        canvas.show(execution, "nothing");
        pending.get(0).completeExceptionally(new IllegalStateException("boom"));
        assertEquals(execution.nodes().size(), canvas.layoutProperty().get().nodes().size());
        assertTrue(canvas.layoutNoteProperty().get().contains("boom"));
    }

    @Test
    void savedPositionsAreUsedAsTheyAreAndOnlyNewNodesAreLaidOut() {
        Layout saved = new Layout(execution.nodes().stream().filter(n -> !n.key().id().equals("reset_pool"))
                .map(n -> PlacedLayout.position(n.key(), new Point(7, 11))).toList());
        canvas.setPositions(saved);
        canvas.show(execution, "nothing");
        assertEquals(1, pending.size(), "one node had no position: graphviz is asked");
        pending.get(0).complete(RankLayout.layout(execution, "test"));
        NodeKey drain = NodeKey.step(GraphKind.EXECUTION, "drain_connections");
        assertEquals(new NodePlacement(7, 11, NodeSize.WIDTH, NodeSize.HEIGHT),
                canvas.layoutProperty().get().placement(drain).orElseThrow());
        assertTrue(canvas.layoutProperty().get().placement(NodeKey.step(GraphKind.EXECUTION, "reset_pool")).isPresent());
        canvas.show(MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION), "nothing");
        assertEquals(1, pending.size(), "every node placed: no layout needed");
    }

    @Test
    void anEmptyGraphShowsItsTextAndNeedsNoLayout() {
        canvas.show(MopGraph.EMPTY, "This MOP has no rollback_graph.");
        assertEquals("This MOP has no rollback_graph.", canvas.placeholderProperty().get());
        assertTrue(pending.isEmpty());
    }

    @Test
    void fitsUntilTheUserZooms() {
        canvas.show(execution, "nothing");
        GraphLayout layout = RankLayout.layout(execution, "test");
        pending.get(0).complete(layout);
        canvas.autoFit(layout.width() * 0.8, layout.height() * 2);
        assertEquals(0.8, canvas.zoomProperty().get(), 1e-9);
        canvas.autoFit(layout.width() * 4, layout.height() * 4);
        assertEquals(1.0, canvas.zoomProperty().get(), 1e-9, "fitting never enlarges past 100 %");
        canvas.zoomBy(1.5);
        canvas.autoFit(layout.width() * 0.8, layout.height());
        assertEquals(1.5, canvas.zoomProperty().get(), 1e-9);
        canvas.zoomBy(100);
        assertEquals(GraphCanvasViewModel.MAX_ZOOM, canvas.zoomProperty().get(), 1e-9);
    }

    @Test
    void fitShowsTheWholeOfALargeGraph() {
        MopGraph large = chains(500);
        canvas.show(large, "nothing");
        GraphLayout layout = RankLayout.layout(large, "test");
        pending.get(0).complete(layout);
        canvas.fit(1000, 800);
        double zoom = canvas.zoomProperty().get();
        assertTrue(layout.width() * zoom <= 1000 + 1e-6 && layout.height() * zoom <= 800 + 1e-6,
                "the whole " + layout.width() + "x" + layout.height() + " drawing fits at zoom " + zoom);
        assertTrue(zoom < 0.3, "a 500-node graph needs a small zoom, got " + zoom);
        canvas.fit(10, 10);
        assertEquals(GraphCanvasViewModel.MIN_ZOOM, canvas.zoomProperty().get(), 1e-9, "but never below 3 %");
    }

    /** {@code count} steps in chains of ten, as a large generated MOP has. */
    static MopGraph chains(int count) {
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            NodeKey key = NodeKey.step(GraphKind.EXECUTION, "step_" + i);
            nodes.add(new GraphNode(key, "step_" + i, "service.restart"));
            if (i % 10 != 0) {
                edges.add(new GraphEdge(NodeKey.step(GraphKind.EXECUTION, "step_" + (i - 1)), key, false));
            }
        }
        return new MopGraph(nodes, edges);
    }
}
