package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Graphviz through graphviz-java, with no native Graphviz needed (the bundled V8 engine). */
class AutoLayoutTest {

    @Test
    void laysTheWholeRunOutLeftToRightWithoutOverlaps() throws Exception {
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
        GraphLayout layout;
        try (AutoLayout auto = new AutoLayout(AutoLayout.defaultNativeDir())) {
            layout = auto.layout(graph).get(60, TimeUnit.SECONDS);
        }
        assertEquals(Optional.empty(), layout.fallbackReason(), "graphviz should lay this out: " + layout.method());
        assertTrue(layout.method().startsWith("graphviz dot"), layout.method());
        NodePlacement drain = layout.nodes().get(NodeKey.step(GraphKind.EXECUTION, "drain_connections"));
        NodePlacement reset = layout.nodes().get(NodeKey.step(GraphKind.EXECUTION, "reset_pool"));
        for (String check : List.of("service_state", "replica_healthy", "no_active_writes")) {
            assertTrue(layout.nodes().get(NodeKey.preCheck(check)).x() + NodeSize.WIDTH <= drain.x(), check);
        }
        for (String check : List.of("connection_wait_time", "service_health_probe")) {
            assertTrue(reset.x() + NodeSize.WIDTH <= layout.nodes().get(NodeKey.validation(check)).x(), check);
        }
        List<NodePlacement> boxes = List.copyOf(layout.nodes().values());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertTrue(!overlap(boxes.get(i), boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
        assertEquals(graph.edges().size(), layout.edges().size());
    }

    @Test
    void withNoEngineItFallsBackToRanksAndSaysWhy(@TempDir Path temp) throws Exception {
        assumeFalse(onPath("dot"), "an installed dot command would lay the graph out");
        // A file where the V8 library's folder should be: V8 cannot extract, and Java 17 has no JavaScript engine.
        Path blocked = Files.createFile(temp.resolve("not-a-folder")).resolve("native");
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
        GraphLayout layout;
        try (AutoLayout auto = new AutoLayout(blocked)) {
            layout = auto.layout(graph).get(60, TimeUnit.SECONDS);
        }
        assertEquals("simple rank layout", layout.method());
        String reason = layout.fallbackReason().orElseThrow();
        assertTrue(reason.startsWith("graphviz unavailable (dot command: not installed; V8: cannot create " + blocked),
                reason);
        assertEquals(graph.nodes().size(), layout.nodes().size());
    }

    @Test
    void anEmptyGraphNeedsNoEngine() throws Exception {
        try (AutoLayout auto = new AutoLayout(AutoLayout.defaultNativeDir())) {
            assertEquals(GraphLayout.EMPTY, auto.layout(MopGraph.EMPTY).get(5, TimeUnit.SECONDS));
        }
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static boolean overlap(NodePlacement a, NodePlacement b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }
}
