package io.mopstudio.ui.forms;

import io.mopstudio.ui.forms.TemplateTyping.Completion;
import io.mopstudio.ui.forms.TemplateTyping.Typed;
import io.mopstudio.ui.forms.TemplateTyping.Unknown;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.stage.Popup;

/**
 * A text field that knows the template variables in scope. Typing after <code>{{</code> lists the
 * names that complete what was typed (Down and Up choose, Enter or Tab takes the one chosen or else
 * the first, Escape closes the list, a click takes one too); a template naming something not in scope is underlined in red and
 * the field's tooltip says what it names and what may have been meant. The text itself is only
 * committed as the form commits any field (Enter, or focus leaving it).
 */
final class TemplateField {

    /** On the field while its text names something not in scope. */
    static final String UNKNOWN_STYLE = "template-unknown";
    static final String UNDERLINE_STYLE = "template-unknown-underline";
    static final String COMPLETIONS_STYLE = "template-completions";
    /** Rows the completion list shows before it scrolls. */
    private static final int ROWS = 8;
    private static final double ROW_HEIGHT = 24;

    private final TextField field;
    private final TemplateNames names;
    private final Path underline = new Path();
    private final Pane overlay = new Pane(underline) {
        @Override
        protected void layoutChildren() {
            drawUnderlines();
        }
    };
    private final ListView<String> completions = new ListView<>();
    private final Popup popup = new Popup();
    private final StackPane node;
    private Optional<Completion> offered = Optional.empty();
    private List<Unknown> unknown = List.of();
    /** Set when the text changed: the caret moves after the text, and only then is the completion read. */
    private boolean typed;

    TemplateField(TextField field, TemplateNames names) {
        this.field = field;
        this.names = names;
        underline.getStyleClass().add(UNDERLINE_STYLE);
        underline.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        node = new StackPane(field, overlay);
        completions.getStyleClass().add(COMPLETIONS_STYLE);
        completions.setId(field.getId() + "-completions");
        // Not focusable: keys stay with the field, which moves the list's selection itself.
        completions.setFocusTraversable(false);
        completions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                take();
            }
        });
        popup.getContent().add(completions);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        field.textProperty().addListener((obs, old, now) -> {
            typed = true;
            judge();
        });
        field.caretPositionProperty().addListener((obs, old, now) -> {
            if (typed && field.isFocused()) {
                offer();
            } else {
                popup.hide();
            }
            typed = false;
            overlay.requestLayout();
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        field.widthProperty().addListener((obs, old, now) -> overlay.requestLayout());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        judge();
    }

    Node node() {
        return node;
    }

    private void key(KeyEvent event) {
        if (!popup.isShowing()) {
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int last = completions.getItems().size() - 1;
            int selected = Math.max(0, completions.getSelectionModel().getSelectedIndex());
            int at = selected + (code == KeyCode.DOWN ? 1 : -1);
            completions.getSelectionModel().select(Math.max(0, Math.min(last, at)));
            completions.scrollTo(completions.getSelectionModel().getSelectedIndex());
            event.consume();
        } else if (code == KeyCode.ENTER || code == KeyCode.TAB) {
            take();
            event.consume();
        } else if (code == KeyCode.ESCAPE) {
            popup.hide();
            event.consume();
        }
    }

    /** Lists the names that complete what is typed at the caret, or closes the list when none does. */
    private void offer() {
        offered = TemplateTyping.at(field.getText(), field.getCaretPosition(), names);
        if (offered.isEmpty()) {
            popup.hide();
            return;
        }
        completions.getItems().setAll(offered.get().candidates());
        // The first is chosen and shown chosen, as in a code editor: Enter or Tab takes it, Down moves to
        // the next. (Unmarked, a first Down that moved to the second surprised one user; marked but not
        // chosen, a first Down that stayed on it surprised the next.)
        completions.getSelectionModel().select(0);
        completions.scrollTo(0);
        completions.setPrefHeight(Math.min(ROWS, offered.get().candidates().size()) * ROW_HEIGHT + 4);
        completions.setPrefWidth(Math.max(260, field.getWidth()));
        Point2D below = field.localToScreen(caretX(), field.getHeight());
        if (below == null) {
            return;
        }
        if (popup.isShowing()) {
            popup.setX(below.getX());
            popup.setY(below.getY());
        } else {
            popup.show(field, below.getX(), below.getY());
        }
    }

    private void take() {
        String chosen = Optional.ofNullable(completions.getSelectionModel().getSelectedItem())
                .orElse(completions.getItems().isEmpty() ? null : completions.getItems().get(0));
        if (offered.isEmpty() || chosen == null) {
            return;
        }
        Typed result = TemplateTyping.take(field.getText(), offered.get(), chosen);
        popup.hide();
        typed = false;
        field.setText(result.text());
        field.positionCaret(result.caret());
    }

    /** Marks the field and says in its tooltip which names it uses are not in scope. */
    private void judge() {
        unknown = TemplateTyping.unknown(field.getText(), names);
        field.getStyleClass().remove(UNKNOWN_STYLE);
        if (unknown.isEmpty()) {
            field.setTooltip(null);
        } else {
            field.getStyleClass().add(UNKNOWN_STYLE);
            field.setTooltip(new Tooltip(unknown.stream().map(TemplateField::sentence)
                    .collect(Collectors.joining("\n"))));
        }
        overlay.requestLayout();
    }

    private static String sentence(Unknown u) {
        return "'" + u.path() + "' is not in scope here" + u.nearest().map(n -> "; did you mean '" + n + "'?")
                .orElse("");
    }

    /** A red zigzag under each unknown name, where the field draws it now (the text scrolls in a long value). */
    private void drawUnderlines() {
        underline.getElements().clear();
        if (unknown.isEmpty() || !(field.getSkin() instanceof TextFieldSkin skin)) {
            return;
        }
        Point2D origin = overlay.sceneToLocal(field.localToScene(0, 0));
        if (origin == null) {
            return;
        }
        int length = field.getText().length();
        for (Unknown u : unknown) {
            if (u.end() > length) {
                continue;
            }
            Rectangle2D first = skin.getCharacterBounds(u.start());
            Rectangle2D last = skin.getCharacterBounds(u.end() - 1);
            zigzag(origin.getX() + first.getMinX(), origin.getX() + last.getMaxX(),
                    origin.getY() + Math.max(first.getMaxY(), last.getMaxY()) - 1);
        }
        Insets insets = field.getInsets();
        underline.setClip(new Rectangle(origin.getX() + insets.getLeft(), origin.getY(),
                Math.max(0, field.getWidth() - insets.getLeft() - insets.getRight()), field.getHeight()));
    }

    private void zigzag(double from, double to, double y) {
        underline.getElements().add(new MoveTo(from, y));
        boolean down = true;
        for (double x = from + 2; x < to; x += 2) {
            underline.getElements().add(new LineTo(x, down ? y + 2 : y));
            down = !down;
        }
        underline.getElements().add(new LineTo(to, down ? y + 2 : y));
    }

    private double caretX() {
        if (field.getSkin() instanceof TextFieldSkin skin) {
            return skin.getCharacterBounds(Math.min(field.getCaretPosition(), field.getText().length())).getMinX();
        }
        return 0;
    }
}
