package io.mopstudio.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.ui.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Selecting a node scrolls the YAML pane to its lines; the caret stays where it was. */
class YamlFollowsSelectionTest {

    @TempDir
    Path temp;

    @RegisterExtension
    final BuilderRobot window = new BuilderRobot();

    @BeforeEach
    void startWindow() throws Exception {
        window.open(Files.copy(Fixtures.SAMPLE, temp.resolve("MOP-284.yaml")), temp.resolve("audit"));
        window.waitFor("#node-execution-reset_pool");
    }

    @Test
    void selectingANodeShowsItsLinesInTheYamlPane() throws Exception {
        int resetPool = lineOf("  - id: reset_pool");
        assertEquals(0, firstShownLine(), "the file opens at its top");

        window.select("node-execution-reset_pool");

        BuilderRobot.waitUntil(() -> firstShownLine() == resetPool - 2);
        assertEquals(0, BuilderRobot.onFx(() -> area().getCaretPosition()), "the caret is not moved");
    }

    private int lineOf(String text) {
        return window.text().lines().toList().indexOf(text) + 1;
    }

    /** 0-based, as the area counts paragraphs. */
    private int firstShownLine() {
        return BuilderRobot.onFx(() -> area().firstVisibleParToAllParIndex());
    }

    private CodeArea area() {
        return window.fx().lookup("#yamlText").queryAs(CodeArea.class);
    }
}
