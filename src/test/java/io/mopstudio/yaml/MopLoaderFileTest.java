package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.Mop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be read as text at all, and text given without a file. */
class MopLoaderFileTest {

    @TempDir
    Path dir;

    private static Problem onlyProblem(LoadResult<Mop> result) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        Problem problem = result.problems().get(0);
        PlainMessages.assertPlain(problem.message());
        assertTrue(result.value().isEmpty());
        return problem;
    }

    @Test
    void aMissingFileIsAPlainProblemNamingTheFile() {
        Path missing = dir.resolve("MOP-404.yaml");
        MopLoader.Loaded loaded = new MopLoader().load(missing);
        Problem problem = onlyProblem(loaded.result());
        assertEquals("io.not_found", problem.rule());
        assertEquals(missing + ": no such file", problem.toString());
        assertEquals("", loaded.text());
    }

    @Test
    void aFolderIsNotAMop() {
        Problem problem = onlyProblem(new MopLoader().load(dir).result());
        assertEquals("io.not_a_file", problem.rule());
        assertEquals(dir + ": is a directory, not a MOP file", problem.toString());
    }

    @Test
    void aZeroByteFileIsEmpty() throws Exception {
        Path empty = Files.write(dir.resolve("empty.yaml"), new byte[0]);
        Problem problem = onlyProblem(new MopLoader().load(empty).result());
        assertEquals("yaml.empty", problem.rule());
        assertEquals(empty + ":1:1: the file is empty", problem.toString());
    }

    @Test
    void parsedTextIsPositionedInTheNamedFile() {
        LoadResult<Mop> result = new MopLoader().parse(
                "mop_id: M\nname: n\nversion: '1'\nexecution_graph:\n  - id: a\n    action: x\n    depends_on: [b]\n",
                "editor-buffer");
        Problem problem = result.problems().get(0);
        assertEquals("graph.unknown_dependency", problem.rule());
        assertEquals("editor-buffer:7:18", problem.position().toString(), "at the entry naming the missing step");
    }

    @Test
    void problemsComeInTheOrderTheyAppearInTheFile() {
        LoadResult<Mop> result = new MopLoader().parse("""
                version: '1'
                mop_id: M
                rollback_graph:
                  - id: r
                    action: x
                    on_failure: later
                name: n
                execution_graph:
                  - id: a
                    action: x
                    depends_on: [a]
                  - id: bad id
                    action: x
                pre_check: []
                """, "m.yaml");
        assertEquals(List.of("structure.on_failure", "graph.self_dependency", "structure.step_id",
                "structure.unknown_key"), result.problems().stream().map(Problem::rule).toList());
        assertEquals(List.of(6, 11, 12, 14), result.problems().stream().map(p -> p.position().line()).toList());
    }
}
