package io.mopstudio.ui.yamlpane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.fx.FxThreadRobot;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;

/** The YAML pane shows the document's text coloured, and marks the line a parse error is on. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class YamlPaneViewFxTest {

    private final FxThreadRobot robot = new FxThreadRobot();
    private final MopDocument document = new MopDocument();
    private YamlPaneView pane;
    private String sample;

    @BeforeEach
    void open() throws Exception {
        sample = Files.readString(Fixtures.SAMPLE);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            document.load(Optional.empty(), sample, Layout.EMPTY);
            pane = new YamlPaneView(document, document::undo, document::redo);
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(pane.node()), 600, 800));
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void keysAreColouredAndABrokenLineIsMarkedUntilTheTextReadsAgain() {
        CodeArea area = robot.lookup("#yamlText").queryAs(CodeArea.class);
        int key = sample.indexOf("mop_id");
        assertTrue(FxThreadRobot.onFx(() -> area.getStyleOfChar(key + 1)).contains(YamlHighlighting.KEY));
        assertEquals(0, FxThreadRobot.onFx(pane::markedLine));

        int lines = (int) sample.lines().count();
        robot.interact(() -> document.replaceText(sample + "- stray item\n"));
        assertEquals(lines + 1, FxThreadRobot.onFx(pane::markedLine), document.parseErrorProperty().get());
        assertTrue(FxThreadRobot.onFx(() -> area.getParagraph(lines).getParagraphStyle())
                .contains(YamlPaneView.ERROR_LINE));

        robot.interact(() -> document.replaceText(sample));
        assertEquals(0, FxThreadRobot.onFx(pane::markedLine));
        assertTrue(FxThreadRobot.onFx(() -> area.getParagraphs().stream()
                .noneMatch(p -> p.getParagraphStyle().contains(YamlPaneView.ERROR_LINE))));
    }

    @Test
    void theBandLeavesWhenTheBrokenLineIsDeletedInThePane() {
        CodeArea area = robot.lookup("#yamlText").queryAs(CodeArea.class);
        int blank = sample.indexOf("\nvalidation:");
        // Typed on the empty line above validation: the flow mapping never closes, the error is on a later line.
        robot.interact(() -> {
            area.insertText(blank, "x: {oops");
            pane.commit();
        });
        int marked = FxThreadRobot.onFx(pane::markedLine);
        assertTrue(marked > 0, "the broken text is marked");

        // The line goes again with its line break, so every line below moves up one.
        robot.interact(() -> {
            area.deleteText(blank - 1, blank + "x: {oops".length());
            pane.commit();
        });
        assertEquals(sample.replaceFirst("\n\nvalidation:", "\nvalidation:"), document.getText());
        assertTrue(document.parses(), document.parseErrorProperty().get());
        assertEquals(List.of(), FxThreadRobot.onFx(() -> markedParagraphs(area)), "the text reads again: no band");

        robot.interact(document::undo);
        assertEquals(List.of(marked - 1), FxThreadRobot.onFx(() -> markedParagraphs(area)),
                "undone: the band is back on the error's line, and only there");
        robot.interact(document::redo);
        assertEquals(List.of(), FxThreadRobot.onFx(() -> markedParagraphs(area)));
    }

    @Test
    void aMarkedLineSplitInTwoKeepsOneBandOnTheErrorsLine() {
        CodeArea area = robot.lookup("#yamlText").queryAs(CodeArea.class);
        int lines = (int) sample.lines().count();
        robot.interact(() -> {
            area.appendText("- stray item\n");
            pane.commit();
        });
        assertEquals(List.of(lines), FxThreadRobot.onFx(() -> markedParagraphs(area)));

        // Enter typed after the dash, and a comment: the error stays on the dash's line, the rest moves down.
        robot.interact(() -> {
            area.insertText(lines, 1, "\n# a\n");
            pane.commit();
        });
        assertEquals(lines + 1, document.parseErrorLineProperty().get(), document.parseErrorProperty().get());
        assertEquals(List.of(lines), FxThreadRobot.onFx(() -> markedParagraphs(area)),
                "one band, on the error's line");
    }

    @Test
    void enterStartsTheNewLineAtTheIndentationTheYamlNeeds() {
        CodeArea area = FxThreadRobot.onFx(() -> robot.lookup("#yamlText").queryAs(CodeArea.class));
        int line = sample.lines().toList().indexOf("  - id: reset_pool");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(line, area.getParagraph(line).length());
        });
        robot.type(javafx.scene.input.KeyCode.ENTER).write("when: \"{{ incident.force }}\"");
        robot.interact(pane::commit);
        assertTrue(document.getText().contains("  - id: reset_pool\n    when: \"{{ incident.force }}\"\n"),
                document.getText());
        assertEquals("", document.parseErrorProperty().get(), "the new key reads as the step's");
    }

    /** The 0-based paragraphs drawn with the error band. */
    private static List<Integer> markedParagraphs(CodeArea area) {
        return java.util.stream.IntStream.range(0, area.getParagraphs().size())
                .filter(i -> area.getParagraph(i).getParagraphStyle().contains(YamlPaneView.ERROR_LINE))
                .boxed().toList();
    }

    @Test
    void aChangeMadeElsewhereLeavesTheCaretOnTheTextItWasOn() {
        CodeArea area = robot.lookup("#yamlText").queryAs(CodeArea.class);
        int at = sample.indexOf("rollback_graph:");
        robot.interact(() -> area.moveTo(at));
        // A form edit above the caret makes the text one character longer.
        robot.interact(() -> document.replaceText(sample.replace("threshold_ms: 50", "threshold_ms: 500")));
        assertEquals("rollback_graph", FxThreadRobot.onFx(() -> area.getText(area.getCaretPosition(),
                area.getCaretPosition() + "rollback_graph".length())));
    }
}
