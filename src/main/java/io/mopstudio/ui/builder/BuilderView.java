package io.mopstudio.ui.builder;

import io.mopstudio.model.GraphKind;
import io.mopstudio.render.MopRender;
import io.mopstudio.ui.canvas.AutoLayout;
import io.mopstudio.ui.canvas.GraphCanvasView;
import io.mopstudio.ui.forms.InspectorView;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.ui.palette.PaletteItem;
import io.mopstudio.ui.palette.PaletteView;
import io.mopstudio.ui.problems.NodeLines;
import io.mopstudio.ui.problems.ProblemTarget;
import io.mopstudio.ui.problems.ProblemsView;
import io.mopstudio.ui.yamlpane.YamlPaneView;
import io.mopstudio.yaml.Problem;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The builder's controls around the two canvases: the palette, the form and YAML pane, the Problems
 * list, its toolbar items and shortcuts, and the questions it asks (unsaved changes, where to save).
 */
public final class BuilderView {

    static final Duration VALIDATE_AFTER = Duration.millis(350);

    private final BuilderViewModel model;
    private final Stage stage;
    private final Map<GraphKind, GraphCanvasView> canvases = new EnumMap<>(GraphKind.class);
    private final Supplier<GraphKind> shownGraph;
    private final AutoLayout graphviz;
    private final UiDispatch dispatch;
    private final YamlPaneView yaml;
    private final InspectorView inspector;
    private final PaletteView palette;
    private final ProblemsView problems;

    public BuilderView(BuilderViewModel model, Stage stage, Supplier<GraphKind> shownGraph, AutoLayout graphviz,
            UiDispatch dispatch) {
        this.model = model;
        this.stage = stage;
        this.shownGraph = shownGraph;
        this.graphviz = graphviz;
        this.dispatch = dispatch;
        for (GraphKind graph : GraphKind.values()) {
            canvases.put(graph, new GraphCanvasView(model.canvas(graph), Optional.of(model.editor(graph))));
        }
        // Snapping is how the user likes to move nodes, not a property of one graph: one switch for both tabs.
        model.canvas(GraphKind.ROLLBACK).snapToGridProperty()
                .bindBidirectional(model.canvas(GraphKind.EXECUTION).snapToGridProperty());
        model.canvas(GraphKind.ROLLBACK).minimapWantedProperty()
                .bindBidirectional(model.canvas(GraphKind.EXECUTION).minimapWantedProperty());
        yaml = new YamlPaneView(model.document(), model::undo, model::redo);
        inspector = new InspectorView(model.formTargetProperty(), model.document().mopProperty(),
                target -> model.formContext(model::refused));
        // The YAML pane shows the selected node's lines, so the text and the form are about the same thing.
        model.formTargetProperty().addListener((obs, old, target) -> {
            if (target != null) {
                model.document().getMop().flatMap(mop -> NodeLines.lineOf(mop, target)).ifPresent(yaml::reveal);
            }
        });
        palette = new PaletteView(model.palette(), this::dropped);
        problems = new ProblemsView(model.problems(), this::openProblem);
        PauseTransition validate = new PauseTransition(VALIDATE_AFTER);
        validate.setOnFinished(e -> model.validateNow());
        model.document().textProperty().addListener((obs, old, text) -> validate.playFromStart());
    }

    public Node canvas(GraphKind graph) {
        return canvases.get(graph).node();
    }

    public Node palette() {
        return palette.node();
    }

    public Node problems() {
        return problems.node();
    }

    /** The form above the YAML text. */
    public Node side() {
        SplitPane side = new SplitPane(inspector.node(), yaml.node());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        side.setMinWidth(280);
        return side;
    }

    /** Save, Undo, Redo, Export and the environment, for the window's toolbar (the rest is in the File menu). */
    public List<Node> toolbarItems() {
        List<Node> items = new ArrayList<>();
        // Save stays one click away as well as in the File menu: it is the most frequent file action.
        items.add(button("saveButton", "Save", "Save the MOP and its layout (Ctrl+S)", this::save));
        Button undo = button("undoButton", "Undo", "Undo the last change (Ctrl+Z)", model::undo);
        undo.disableProperty().bind(model.document().canUndoProperty().not());
        Button redo = button("redoButton", "Redo", "Redo (Ctrl+Shift+Z)", model::redo);
        redo.disableProperty().bind(model.document().canRedoProperty().not());
        items.add(undo);
        items.add(redo);
        items.add(button("exportButton", "Export…", "Save the graphs as SVG or PNG", this::export));
        ComboBox<CheckedAgainst> environments = new ComboBox<>();
        environments.setId("builderEnvironment");
        // The box is narrow (see below), so a long choice is cut; the tooltip says it whole.
        Tooltip whatIsChosen = new Tooltip();
        whatIsChosen.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "Checked against: " + model.checkedAgainstProperty().get() + "\nWhat the palette, forms and Problems"
                        + " use: an environment (its catalog, variables and inventory) or one catalog alone",
                model.checkedAgainstProperty()));
        environments.setTooltip(whatIsChosen);
        environments.getItems().setAll(model.choices());
        // As wide as the old single choice: wider, the toolbar pushed Help into its overflow menu.
        environments.setPrefWidth(180);
        environments.setMaxWidth(180);
        environments.valueProperty().bindBidirectional(model.checkedAgainstProperty());
        items.add(environments);
        return items;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("toolbar-button");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * The builder's shortcuts, installed through the window's one registry; {@code newMop} is how the
     * window asks which template a new MOP starts from.
     */
    public void installShortcuts(ShortcutRegistry shortcuts, Runnable newMop) {
        shortcuts.install(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                "New MOP from a template (blank by default)", newMop);
        shortcuts.install(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                "Save the MOP and its layout", this::save);
        shortcuts.install(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                "Save the MOP under a new name", this::saveAs);
        shortcuts.install(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), "Undo", model::undo);
        shortcuts.install(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                "Redo", model::redo);
        shortcuts.install(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "Redo", model::redo);
        BooleanProperty snap = model.canvas(GraphKind.EXECUTION).snapToGridProperty();
        shortcuts.install(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN),
                "Snap to grid on or off", () -> snap.set(!snap.get()));
        BooleanProperty minimap = model.canvas(GraphKind.EXECUTION).minimapWantedProperty();
        shortcuts.install(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN),
                "Minimap on or off (shown while the graph does not fit)", () -> minimap.set(!minimap.get()));
        shortcuts.install(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                "Export the graphs as SVG or PNG", this::export);
        shortcuts.install(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                "Zoom the shown graph in", () -> shownCanvas().zoomIn());
        shortcuts.install(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                "Zoom the shown graph in", () -> shownCanvas().zoomIn());
        shortcuts.install(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                "Zoom the shown graph out", () -> shownCanvas().zoomOut());
        shortcuts.install(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                "Zoom the shown graph out", () -> shownCanvas().zoomOut());
        shortcuts.install(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                "Fit the shown graph to the window", () -> shownCanvas().fitToWindow());
        // The canvas and the YAML text handle these keys themselves while they have the focus.
        String canvas = "Canvas";
        shortcuts.note(new KeyCodeCombination(KeyCode.DELETE), "Delete the selected nodes and edges", canvas);
        shortcuts.note(new KeyCodeCombination(KeyCode.BACK_SPACE), "Delete the selected nodes and edges", canvas);
        shortcuts.note(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN), "Copy the selected steps",
                canvas);
        shortcuts.note(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN),
                "Paste steps (new ids)", canvas);
        shortcuts.note(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                "Duplicate the selected steps", canvas);
        String form = "Form fields";
        shortcuts.note(new KeyCodeCombination(KeyCode.ENTER), "Write the field's value (leaving the field does too)",
                form);
        shortcuts.note(new KeyCodeCombination(KeyCode.ESCAPE),
                "Close the completion list; with none open, put back the file's value", form);
        shortcuts.note(new KeyCodeCombination(KeyCode.DOWN), "After {{: move through the names in scope", form);
        shortcuts.note(new KeyCodeCombination(KeyCode.TAB), "After {{: take the chosen name (Enter too)", form);
        String text = "YAML text";
        shortcuts.note(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                "Undo (the same history as the canvas and forms)", text);
        shortcuts.note(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                "Redo", text);
        shortcuts.note(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), "Redo", text);
    }

    private GraphCanvasView shownCanvas() {
        return canvases.get(shownGraph.get());
    }

    /** True when nothing unsaved would be lost: saved, discarded, or nothing to save; false on Cancel. */
    public boolean mayDiscard() {
        inspector.commitPending();
        yaml.commit();
        if (!model.document().dirtyProperty().get()) {
            return true;
        }
        Optional<ButtonType> answer = UnsavedChanges.ask(stage, model.document().fileName());
        if (answer.filter(UnsavedChanges.DISCARD::equals).isPresent()) {
            return true;
        }
        return answer.filter(UnsavedChanges.SAVE::equals).isPresent() && save();
    }

    /** Saves to the document's file, asking where for a new MOP and first when the text does not parse. */
    public boolean save() {
        if (!readyToSave()) {
            return false;
        }
        return model.document().getFile().isPresent() ? model.save() : chooseFileAndSave();
    }

    /** Save As…: always asks where, then the document lives in the new file. */
    public boolean saveAs() {
        return readyToSave() && chooseFileAndSave();
    }

    private boolean readyToSave() {
        inspector.commitPending();
        yaml.commit();
        return !model.saveNeedsConfirmation()
                || UnsavedChanges.confirmUnparsedSave(stage, model.document().parseErrorProperty().get());
    }

    private boolean chooseFileAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the MOP");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MOP (*.yaml)", "*.yaml", "*.yml"));
        chooser.setInitialFileName(model.document().getMop().map(m -> m.mopId() + ".yaml").orElse("mop.yaml"));
        besideTheMop(chooser);
        File file = chooser.showSaveDialog(stage);
        return file != null && model.saveAs(file.toPath());
    }

    /** A file dialog opens in the MOP's folder (not the one MOP Studio was started in), when it has one. */
    private void besideTheMop(FileChooser chooser) {
        model.document().getFile().map(f -> f.toAbsolutePath().getParent()).filter(java.nio.file.Files::isDirectory)
                .ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
    }

    private void export() {
        if (model.document().getMop().isEmpty()) {
            model.report("Nothing to export: the text does not read as a MOP");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the graphs");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(ExportTarget.SVG_FILTER, "*.svg"),
                new FileChooser.ExtensionFilter(ExportTarget.PNG_FILTER, "*.png"));
        chooser.setInitialFileName(model.document().getMop().get().mopId() + ".svg");
        besideTheMop(chooser);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen == null) {
            return;
        }
        ExportTarget target = ExportTarget.of(chosen,
                Optional.ofNullable(chooser.getSelectedExtensionFilter()).map(FileChooser.ExtensionFilter::getDescription));
        File file = target.file();
        MopRender.Kind kind = target.kind();
        var mop = model.document().getMop().get();
        dispatch.onUi(graphviz.withGraphviz(missing -> {
            if (missing.isPresent()) {
                return "Cannot export: no graphviz engine (" + missing.get() + ")";
            }
            try {
                MopRender.write(mop, kind, file);
                return "Exported " + file;
            } catch (Exception e) {
                return "Could not export " + file + ": " + e.getMessage();
            }
        })).thenAccept(model::report);
    }

    private void dropped(PaletteItem item, Point2D scene) {
        GraphKind graph = shownGraph.get();
        canvases.get(graph).canvasPoint(scene.getX(), scene.getY()).ifPresentOrElse(
                at -> model.editor(graph).drop(item.dragText(), at),
                () -> model.report("Not added: drop " + item.name() + " onto the graph to add it"));
    }

    private void openProblem(Problem problem) {
        ProblemTarget target = model.open(problem);
        yaml.goTo(target.line(), target.column());
        target.field().ifPresent(inspector::focusField);
    }
}
