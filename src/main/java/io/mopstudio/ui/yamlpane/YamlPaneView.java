package io.mopstudio.ui.yamlpane;

import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.TextDiff;
import io.mopstudio.yaml.edit.TextPatch;
import java.util.Collection;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The file's text beside the canvas, coloured ({@link YamlHighlighting}) with line numbers, and the
 * line of a parse error marked while the text does not read as a MOP. Typing is committed to the
 * document after a short pause (or when focus leaves) as one undoable change, so the graph follows;
 * changes made elsewhere replace the text here. Ctrl+Z in the pane undoes on the document's one
 * stack, not the text area's own (which is switched off).
 */
public final class YamlPaneView {

    static final Duration DEBOUNCE = Duration.millis(400);

    private final MopDocument document;
    static final String ERROR_LINE = "yaml-error-line";

    private final CodeArea area = new CodeArea();
    private int markedLine;
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final VBox root;
    private boolean showing;

    public YamlPaneView(MopDocument document, Runnable undo, Runnable redo) {
        this.document = document;
        area.setId("yamlText");
        area.getStyleClass().add("yaml-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setWrapText(false);
        Label error = new Label();
        error.setId("yamlParseError");
        error.getStyleClass().add("yaml-parse-error");
        error.setWrapText(true);
        error.textProperty().bind(document.parseErrorProperty());
        error.visibleProperty().bind(document.parseErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VirtualizedScrollPane<CodeArea> scrolled = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scrolled, Priority.ALWAYS);
        root = new VBox(4, error, scrolled);
        root.getStyleClass().add("yaml-pane");
        pause.setOnFinished(e -> commit());
        area.textProperty().addListener((obs, old, text) -> {
            colour(text);
            if (!showing) {
                pause.playFromStart();
            }
        });
        document.parseErrorLineProperty().addListener((obs, old, line) -> {
            markErrorLine();
            // A file opened (or reloaded) broken shows where; while the author types, the view stays.
            if (markedLine > 0 && !area.isFocused()) {
                area.moveTo(markedLine - 1, 0);
                area.requestFollowCaret();
            }
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                String before = area.getParagraph(area.getCurrentParagraph()).getText()
                        .substring(0, area.getCaretColumn());
                area.replaceSelection("\n" + YamlIndent.after(before));
                e.consume();
                return;
            }
            if (e.isShortcutDown() && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
                commit();
                if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
                    redo.run();
                } else {
                    undo.run();
                }
                e.consume();
            }
        });
        document.textProperty().addListener((obs, old, text) -> show(text));
        show(document.getText());
    }

    public Node node() {
        return root;
    }

    /** Pending typing goes to the document now (before a save, or another edit). */
    public void commit() {
        pause.stop();
        if (!area.getText().equals(document.getText())) {
            document.replaceText(area.getText());
        }
        // Also when the text came back to what it was: typing in between may have moved or split the band.
        markErrorLine();
    }

    /**
     * Scrolls so that a 1-based line is near the top, a line of what comes before above it, leaving the
     * caret and the focus where they are. Not while the author is typing here: the text stays put under them.
     */
    public void reveal(int line) {
        if (area.isFocused() || line < 1 || line > area.getParagraphs().size()) {
            return;
        }
        area.showParagraphAtTop(Math.max(0, line - 2));
    }

    /** Puts the caret at a 1-based line and column and focuses the text. */
    public void goTo(int line, int column) {
        String text = area.getText();
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                offset = text.length();
                break;
            }
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        area.requestFocus();
        area.moveTo(Math.min(offset + Math.max(0, column - 1), end));
        area.requestFollowCaret();
    }

    private void show(String text) {
        if (text.equals(area.getText())) {
            return;
        }
        String was = area.getText();
        showing = true;
        try {
            if (was.isEmpty()) {
                area.replaceText(text);
                area.moveTo(0);
                area.requestFollowCaret();
            } else {
                // Only the changed stretch, so the view and the caret stay where the author left them.
                TextPatch change = TextDiff.between(was, text).patches().get(0);
                int caret = area.getCaretPosition();
                area.replaceText(change.start(), change.end(), change.replacement());
                // The area puts the caret after the replacement, as if typed: back on the text it was on.
                area.moveTo(caret <= change.start() ? caret : caret >= change.end()
                        ? caret + text.length() - was.length() : change.start() + change.replacement().length());
            }
        } finally {
            showing = false;
        }
        markErrorLine();
    }

    private void colour(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (YamlHighlighting.Span span : YamlHighlighting.of(text)) {
            spans.add(List.of(), span.start() - at);
            spans.add(List.of(span.style()), span.end() - span.start());
            at = span.end();
        }
        spans.add(List.of(), text.length() - at);
        area.setStyleSpans(0, spans.create());
    }

    /**
     * The parse error's line gets a red band (the message is above the text), and no other line has one.
     * Every line is looked at, not only the one marked last: a band travels with its line while the author
     * types (up when a line above is deleted, onto both halves when the line is split), so the line number
     * marked last no longer says where it is.
     */
    private void markErrorLine() {
        int paragraphs = area.getParagraphs().size();
        int line = document.parseErrorLineProperty().get();
        markedLine = line > 0 && line <= paragraphs ? line : 0;
        for (int i = 0; i < paragraphs; i++) {
            boolean marked = area.getParagraph(i).getParagraphStyle().contains(ERROR_LINE);
            if (marked != (i == markedLine - 1)) {
                area.setParagraphStyle(i, marked ? List.of() : List.of(ERROR_LINE));
            }
        }
    }

    /** The 1-based line marked as the parse error's, or 0. */
    int markedLine() {
        return markedLine;
    }
}
