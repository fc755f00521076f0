package io.mopstudio.ui.yamlpane;

import io.mopstudio.ui.editor.MopDocument;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The file's text beside the canvas. Typing is committed to the document after a short pause (or
 * when focus leaves) as one undoable change, so the graph follows; changes made elsewhere replace
 * the text here. Ctrl+Z in the pane undoes on the document's one stack, not the text area's own.
 */
public final class YamlPaneView {

    static final Duration DEBOUNCE = Duration.millis(400);

    private final MopDocument document;
    private final TextArea area = new TextArea();
    private final PauseTransition pause = new PauseTransition(DEBOUNCE);
    private final VBox root;
    private boolean showing;

    public YamlPaneView(MopDocument document, Runnable undo, Runnable redo) {
        this.document = document;
        area.setId("yamlText");
        area.getStyleClass().add("yaml-text");
        Label error = new Label();
        error.setId("yamlParseError");
        error.getStyleClass().add("yaml-parse-error");
        error.setWrapText(true);
        error.textProperty().bind(document.parseErrorProperty());
        error.visibleProperty().bind(document.parseErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox.setVgrow(area, Priority.ALWAYS);
        root = new VBox(4, error, area);
        root.getStyleClass().add("yaml-pane");
        pause.setOnFinished(e -> commit());
        area.textProperty().addListener((obs, old, text) -> {
            if (!showing) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
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
        area.positionCaret(Math.min(offset + Math.max(0, column - 1), end));
    }

    private void show(String text) {
        if (text.equals(area.getText())) {
            return;
        }
        int caret = area.getCaretPosition();
        showing = true;
        try {
            area.setText(text);
            area.positionCaret(Math.min(caret, text.length()));
        } finally {
            showing = false;
        }
    }
}
