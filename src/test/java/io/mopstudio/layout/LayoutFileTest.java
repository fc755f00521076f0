package io.mopstudio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout sidecar: saved and loaded back, tolerant of a missing, stale or corrupt file. */
class LayoutFileTest {

    @TempDir
    Path temp;

    private final NodeKey drain = new NodeKey("execution_graph", "drain");
    private final NodeKey reset = new NodeKey("execution_graph", "reset");
    private final NodeKey restore = new NodeKey("rollback_graph", "restore");

    @Test
    void theSidecarSitsBesideTheMop() {
        assertEquals(temp.resolve("MOP-284.layout.json"), LayoutFile.sidecarOf(temp.resolve("MOP-284.yaml")));
    }

    @Test
    void savedPositionsLoadBack() throws Exception {
        Path mop = temp.resolve("m.yaml");
        Layout layout = new Layout(List.of(new NodePosition("execution_graph", "drain", 10, 20),
                new NodePosition("rollback_graph", "restore", 300.5, 40)));
        LayoutFile.save(mop, layout);
        LayoutFile.Loaded loaded = LayoutFile.load(mop);
        assertEquals(layout, loaded.layout());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aMissingSidecarIsAnEmptyLayoutWithoutWarning() {
        LayoutFile.Loaded loaded = LayoutFile.load(temp.resolve("none.yaml"));
        assertEquals(Layout.EMPTY, loaded.layout());
        assertEquals(List.of(), loaded.warnings());
    }

    @Test
    void aCorruptSidecarIsIgnoredWithAWarning() throws Exception {
        Path mop = temp.resolve("m.yaml");
        Files.writeString(LayoutFile.sidecarOf(mop), "{\"nodes\": [ {\"graph\": ");
        LayoutFile.Loaded loaded = LayoutFile.load(mop);
        assertEquals(Layout.EMPTY, loaded.layout());
        assertEquals(1, loaded.warnings().size());
        assertTrue(loaded.warnings().get(0).contains("not JSON"), loaded.warnings().toString());
    }

    @Test
    void aStaleLayoutKeepsKnownNodesAndPlacesNewOnesBesideThem() {
        Layout stale = new Layout(List.of(new NodePosition("execution_graph", "drain", 0, 0),
                new NodePosition("execution_graph", "renamed_away", 500, 0)));
        Layout complete = stale.complete(List.of(drain, reset, restore));

        assertEquals(Optional.of(new NodePosition("execution_graph", "drain", 0, 0)), complete.position(drain));
        assertTrue(complete.position(new NodeKey("execution_graph", "renamed_away")).isEmpty());
        assertEquals(Layout.SPACING, complete.position(reset).orElseThrow().x());
        assertEquals(Layout.SPACING, complete.position(restore).orElseThrow().y());
        assertEquals(stale.retain(Set.of(drain)).positions(), List.of(complete.position(drain).orElseThrow()));
    }
}
