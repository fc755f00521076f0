package io.mopstudio.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.LayoutFile;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.yaml.edit.AddDependency;
import io.mopstudio.yaml.edit.AddStep;
import io.mopstudio.yaml.edit.RemoveStep;
import io.mopstudio.yaml.edit.RenameStep;
import io.mopstudio.yaml.edit.SetValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MopDocumentTest {

    @TempDir
    Path temp;

    private final MopDocument document = new MopDocument();

    private String sample() throws Exception {
        return Files.readString(Fixtures.SAMPLE);
    }

    @Test
    void everyEditUndoesToTheByteAndRedoes() throws Exception {
        String original = sample();
        document.load(Optional.of(Fixtures.SAMPLE), original, Layout.EMPTY);
        assertEquals(Optional.empty(), document.apply("set", new SetValue("execution_graph.drain_connections.params"
                + ".graceful_timeout", "20s")));
        String afterSet = document.getText();
        assertEquals(Optional.empty(), document.apply("rename", new RenameStep("drain_connections", "drain")));
        assertEquals(Optional.empty(), document.apply("add", new AddStep(GraphKind.EXECUTION,
                "id: verify\naction: service.restart")));
        assertEquals(Optional.empty(), document.apply("dep", new AddDependency("verify", "reset_pool")));
        assertEquals(Optional.empty(), document.apply("remove", new RemoveStep("drain")));
        document.replaceText(document.getText().replace("category: database", "category: db"));
        String last = document.getText();
        assertTrue(document.dirtyProperty().get());

        for (int i = 0; i < 6; i++) {
            assertTrue(document.undo());
        }
        assertEquals(original, document.getText(), "undo returns the text byte for byte");
        assertFalse(document.dirtyProperty().get());
        assertFalse(document.undo());
        assertTrue(document.redo());
        assertEquals(afterSet, document.getText());
        for (int i = 0; i < 5; i++) {
            assertTrue(document.redo());
        }
        assertEquals(last, document.getText());
        assertEquals("db", document.getMop().orElseThrow().category());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        Optional<String> refused = document.apply("rename", new RenameStep("reset_pool", "drain_connections"));
        assertEquals(Optional.of("there is already a step 'drain_connections'"), refused);
        assertEquals(sample(), document.getText());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void textThatDoesNotParseKeepsTheLastGoodModelAndSaysWhy() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        document.replaceText(sample().replace("execution_graph:", "execution_graph: [\n"));
        assertFalse(document.parses());
        assertFalse(document.parseErrorProperty().get().isEmpty());
        assertEquals(3, document.getMop().orElseThrow().executionGraph().size(), "the graph keeps its last good state");
        assertTrue(document.undo());
        assertTrue(document.parses());
    }

    @Test
    void theParseErrorNamesTheFileAsSavedAfterSaveAs() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        document.replaceText(sample().replace("execution_graph:", "execution_graph: [\n"));
        assertTrue(document.parseErrorProperty().get().startsWith(MopDocument.UNTITLED + ":"),
                document.parseErrorProperty().get());
        int line = document.parseErrorLineProperty().get();

        Path savedAs = temp.resolve("pool.yaml");
        document.markSaved(savedAs);
        assertTrue(document.parseErrorProperty().get().startsWith(savedAs + ":" + line + ":"),
                "without waiting for the next edit: " + document.parseErrorProperty().get());
        assertEquals(line, document.parseErrorLineProperty().get());
    }

    @Test
    void oneChangeCarriesTextAndPositionsTogether() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        NodePosition at = new NodePosition("execution_graph", "verify", 500, 80);
        UnaryOperator<Layout> place = layout -> layout.with(at);
        document.apply("add", List.of(new AddStep(GraphKind.EXECUTION, "id: verify\naction: service.restart")), place);
        assertEquals(Optional.of(at), document.getLayout().position(at.key()));
        document.undo();
        assertEquals(Layout.EMPTY, document.getLayout());
        assertEquals(sample(), document.getText());
    }

    @Test
    void groupMovesAreOneChangeAndTheSidecarRestoresThemExactly() throws Exception {
        Path file = Files.writeString(temp.resolve("mop.yaml"), sample());
        document.load(Optional.of(file), sample(), Layout.EMPTY);
        document.placeAutomatically(List.of(new NodePosition("execution_graph", "reset_pool", 10, 10)));
        assertFalse(document.dirtyProperty().get(), "automatic placement is not an edit");
        document.move(List.of(new NodePosition("execution_graph", "drain_connections", 100.25, 40.5),
                new NodePosition("execution_graph", "reset_pool", 612.75, 233.125)));
        assertTrue(document.dirtyProperty().get());
        DocumentFiles.save(file, document.getText(), document.getLayout());
        document.markSaved(file);
        assertFalse(document.dirtyProperty().get());

        DocumentFiles.Opened reopened = DocumentFiles.open(file);
        assertEquals(sample(), reopened.text());
        assertTrue(MopDocument.samePositions(document.getLayout(), reopened.layout()));
        assertEquals(Optional.of(new NodePosition("execution_graph", "reset_pool", 612.75, 233.125)),
                LayoutFile.load(file).layout().position(new io.mopstudio.layout.NodeKey("execution_graph",
                        "reset_pool")));
        document.undo();
        assertEquals(Optional.of(10.0), document.getLayout().position(new io.mopstudio.layout.NodeKey(
                "execution_graph", "reset_pool")).map(NodePosition::x), "one undo puts the whole group back");
    }
}
