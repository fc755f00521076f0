package io.mopstudio.ui.forms;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A form's rows: a label and a standard control per field, committed on Enter or when focus leaves
 * (only when the text changed), through a function that returns the reason when the value is refused.
 */
final class FormGrid {

    static final String STYLE = "form-grid";
    /** How narrow a field may get in a narrow pane: the labels keep their width, the fields give. */
    private static final double NARROWEST = 80;
    /** The key under which a text field keeps its commit, for {@link InspectorView#commitPending()}. */
    static final String PENDING_COMMIT = "mopstudio.pendingCommit";
    /** On a field whose value was refused: it shows what was typed, not what the file holds. */
    static final String REFUSED = "field-invalid";

    private final GridPane grid = new GridPane();
    private final FormContext context;
    private int row;

    FormGrid(FormContext context) {
        this.context = context;
        grid.getStyleClass().add(STYLE);
        grid.setHgap(8);
        grid.setVgap(5);
        // Room on the right, so the last control stops short of the pane's edge when no scroll bar is there.
        grid.setPadding(new javafx.geometry.Insets(0, 10, 8, 0));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    Node node() {
        return grid;
    }

    void heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-heading");
        grid.add(label, 0, row++, 2, 1);
    }

    Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-note");
        label.setWrapText(true);
        grid.add(label, 0, row++, 2, 1);
        return label;
    }

    /** A smaller heading for one item of a list (an input), with its own buttons at the right. */
    void subheading(String text, Node... buttons) {
        Label label = new Label(text);
        label.getStyleClass().add("form-subheading");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(4, label, gap);
        line.getChildren().addAll(buttons);
        grid.add(line, 0, row++, 2, 1);
    }

    /** A small button whose action may be refused: the reason goes where refusals are said. */
    Button button(String id, String text, String tip, Supplier<Optional<String>> action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("form-button");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.get().ifPresent(context.refusals()));
        return button;
    }

    void add(String label, String tip, Node control) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        // A label keeps its whole width: the fields beside it narrow instead ("wait_h..." said nothing).
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (!tip.isEmpty()) {
            name.setTooltip(new Tooltip(tip));
        }
        grid.add(name, 0, row);
        grid.add(control, 1, row++);
    }

    void addNode(Node node) {
        grid.add(node, 0, row++, 2, 1);
    }

    /**
     * A text field. With template names it completes them as they are typed after <code>{{</code>,
     * underlines those not in scope, and has a menu that inserts one at the caret.
     */
    TextField text(String id, String label, String tip, String value, String prompt, TemplateNames names,
            Function<String, Optional<String>> commit) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPromptText(prompt);
        field.setMinWidth(NARROWEST);
        committing(field, value, commit);
        if (names.isEmpty()) {
            add(label, tip, field);
        } else {
            Node typing = new TemplateField(field, names).node();
            HBox.setHgrow(typing, Priority.ALWAYS);
            add(label, tip, new HBox(2, typing, templateMenu(field, names.variables(), value, commit)));
        }
        return field;
    }

    /** A masked field: what it holds is never on the screen. */
    TextField secret(String id, String label, String tip, String value, Function<String, Optional<String>> commit) {
        PasswordField field = new PasswordField();
        field.setText(value);
        field.setId(id);
        field.setPromptText("from the environment's credentials");
        field.setMinWidth(NARROWEST);
        committing(field, value, commit);
        add(label, tip, field);
        return field;
    }

    /** Commits the field's text on Enter or when focus leaves, if it differs from {@code original}. */
    void committing(TextInputControl field, String original, Function<String, Optional<String>> commit) {
        // What this field last wrote: Enter writes, then the rebuilt form takes the focus away and the
        // focus loss must not write it again (a rename on Enter was followed by "no step 'reset'").
        String[] written = {original};
        Runnable done = () -> {
            if (!field.getText().equals(written[0])) {
                String text = field.getText();
                Optional<String> refused = commit.apply(text);
                if (refused.isEmpty()) {
                    written[0] = text;
                }
                field.getStyleClass().remove(REFUSED);
                refused.ifPresent(reason -> {
                    // The text stays as typed, marked, with the reason it was not written: nothing is
                    // lost, and nothing looks applied that was not.
                    context.refusals().accept(reason);
                    field.getStyleClass().add(REFUSED);
                    field.setTooltip(new Tooltip("Not written: " + reason));
                });
            }
        };
        field.getProperties().put(PENDING_COMMIT, done);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                done.run();
            } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && !field.getText().equals(written[0])) {
                // Back to what the file holds, as a refused value shown in red is not; said, since what
                // was typed is gone (a newcomer lost an edit to Escape and typed on unaware).
                field.setText(written[0]);
                field.end();
                field.getStyleClass().remove(REFUSED);
                field.setTooltip(null);
                context.refusals().accept("Escape put back the file's value" + (written[0].isEmpty() ? " (empty)"
                        : ": " + written[0]) + "; what was typed was not written");
                e.consume();
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                done.run();
            }
        });
    }

    private static MenuButton templateMenu(TextField field, List<String> variables, String original,
            Function<String, Optional<String>> commit) {
        MenuButton menu = new MenuButton("{{…}}");
        menu.getStyleClass().add("template-menu");
        menu.setTooltip(new Tooltip("Insert a variable in scope"));
        menu.setFocusTraversable(false);
        for (String variable : variables) {
            MenuItem item = new MenuItem(variable);
            // Not a mnemonic: "incident.affected_resource" showed as "incident.affectedresource".
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                String inserted = "{{ " + variable + " }}";
                int caret = field.getCaretPosition();
                String text = field.getText();
                field.setText(text.substring(0, caret) + inserted + text.substring(caret));
                if (!field.getText().equals(original)) {
                    commit.apply(field.getText());
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** A choice among words; the empty choice removes the key (the format's default applies). */
    ComboBox<String> choice(String id, String label, String tip, String value, List<String> choices,
            boolean editable, Function<String, Optional<String>> commit) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add("");
        box.getItems().addAll(choices);
        box.setEditable(editable);
        box.setId(id);
        // A choice is as wide as its longest item unless told otherwise, and pushed the form past the pane.
        box.setMinWidth(NARROWEST);
        box.setPrefWidth(NARROWEST);
        box.setValue(value);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, next) -> {
            String chosen = next == null ? "" : next;
            if (!chosen.equals(value)) {
                // After the list has finished choosing: the edit rebuilds this form, and rebuilt from inside
                // the list's selection change the box went on to choose "" and cleared the key (an action
                // picked after a typo deleted the step's action line).
                javafx.application.Platform.runLater(() -> commit.apply(chosen).ifPresent(context.refusals()));
            }
        });
        add(label, tip, box);
        return box;
    }

    /**
     * Shows a choice's empty item (nothing written) as {@code shown}, e.g. "rollback (default)", so
     * that an unset field says what applies rather than looking blank.
     */
    static ComboBox<String> blankShownAs(ComboBox<String> box, String shown) {
        box.setCellFactory(list -> new DefaultNamingCell(shown));
        box.setButtonCell(new DefaultNamingCell(shown));
        return box;
    }

    /** A choice's cell that names what its empty item means. */
    private static final class DefaultNamingCell extends ListCell<String> {
        private final String shown;

        DefaultNamingCell(String shown) {
            this.shown = shown;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = !empty && item != null && item.isEmpty();
            setText(empty || item == null ? null : blank ? shown : item);
            getStyleClass().remove("choice-default");
            if (blank) {
                getStyleClass().add("choice-default");
            }
        }
    }

    CheckBox toggle(String id, String label, String tip, boolean value, Function<String, Optional<String>> commit) {
        CheckBox box = new CheckBox();
        box.setId(id);
        box.setSelected(value);
        box.selectedProperty().addListener((obs, old, next) ->
                commit.apply(String.valueOf(next)).ifPresent(context.refusals()));
        add(label, tip, box);
        return box;
    }
}
