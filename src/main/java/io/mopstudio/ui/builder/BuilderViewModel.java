package io.mopstudio.ui.builder;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import io.mopstudio.layout.Layout;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.canvas.MopGraph;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.editor.DocumentFiles;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.forms.FormContext;
import io.mopstudio.ui.forms.FormEdits;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.ui.palette.PaletteViewModel;
import io.mopstudio.ui.problems.ProblemLocator;
import io.mopstudio.ui.problems.ProblemTarget;
import io.mopstudio.ui.problems.ProblemsViewModel;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.ValidationContext;
import io.mopstudio.validation.ValidationContexts;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;

/**
 * The no-code builder: one {@link MopDocument} edited from the two canvases, the forms and the YAML
 * pane; the palette and the forms follow the chosen environment's catalog (or one catalog, or the default ones),
 * and the Problems list follows the text. Opening, new, save and undo/redo go through here.
 */
public final class BuilderViewModel {

    public static final String APP_NAME = "MOP Studio";

    private final MopDocument document = new MopDocument();
    private final FormEdits edits = new FormEdits(document, this::followRename);
    private final PaletteViewModel palette = new PaletteViewModel();
    private final ProblemsViewModel problems;
    private final GraphCanvasViewModel execution;
    private final GraphCanvasViewModel rollback;
    private final GraphEditor executionEditor;
    private final GraphEditor rollbackEditor;
    private final ValidationContexts contexts = new ValidationContexts();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    /** The node whose form is shown; null shows the MOP's own fields. */
    private final ObjectProperty<NodeKey> formTarget = new SimpleObjectProperty<>();
    private ValidationContext context;
    private Optional<String> environmentName = Optional.empty();
    private final ObjectProperty<CheckedAgainst> checkedAgainst = new SimpleObjectProperty<>(CheckedAgainst.DEFAULT);
    private Runnable onSaved = () -> { };
    private String lastRefusal = "";

    public BuilderViewModel(UiDispatch dispatch, GraphCanvasViewModel execution, GraphCanvasViewModel rollback) {
        this.execution = execution;
        this.rollback = rollback;
        GraphEditor.Clipboard clipboard = new GraphEditor.Clipboard();
        this.executionEditor = new GraphEditor(document, GraphKind.EXECUTION, execution, clipboard, status::set);
        this.rollbackEditor = new GraphEditor(document, GraphKind.ROLLBACK, rollback, clipboard, status::set);
        this.problems = new ProblemsViewModel(dispatch, () -> new MopValidator(context));
        this.context = chooseContext(CheckedAgainst.DEFAULT);
        checkedAgainst.addListener((obs, old, choice) -> {
            if (choice != null) {
                choose(choice);
            }
        });
        execution.setAutoPlacer(document::placeAutomatically);
        rollback.setAutoPlacer(document::placeAutomatically);
        document.mopProperty().addListener((obs, old, mop) -> showGraphs());
        problems.problems().addListener((ListChangeListener<Problem>) change -> flagProblemNodes());
        document.layoutProperty().addListener((obs, old, layout) -> {
            execution.setPositions(layout);
            rollback.setPositions(layout);
        });
        document.dirtyProperty().addListener((obs, old, dirty) -> updateTitle());
        document.fileProperty().addListener((obs, old, file) -> updateTitle());
        document.mopProperty().addListener((obs, old, mop) -> updateTitle());
        follow(execution, rollback);
        follow(rollback, execution);
        document.textProperty().addListener((obs, old, text) -> forgetRefusal());
    }

    /** A single selected node gets its form; selecting on one canvas clears the other. */
    private void follow(GraphCanvasViewModel canvas, GraphCanvasViewModel other) {
        canvas.selection().addListener((SetChangeListener<NodeKey>) change -> {
            if (change.wasAdded()) {
                other.clearSelection();
            }
            formTarget.set(canvas.selection().size() == 1 ? canvas.selection().iterator().next() : null);
        });
    }

    /**
     * The renamed step is selected under its new id, so its form stays open: renames come from that
     * step's form, and the old id left the selection when the graph was shown without it.
     */
    private void followRename(NodeKey before, NodeKey after) {
        canvas(before.kind() == io.mopstudio.ui.canvas.NodeKind.ROLLBACK_STEP ? GraphKind.ROLLBACK
                : GraphKind.EXECUTION).select(after, false);
    }

    /** Chooses the environment whose catalog, variables and inventory the palette, forms and problems use. */
    public void chooseEnvironment(Optional<String> name) {
        choose(name.map(CheckedAgainst::environment).orElse(CheckedAgainst.DEFAULT));
    }

    /** Chooses what the palette, forms and problems use: the default catalogs, an environment, or one catalog. */
    public void choose(CheckedAgainst choice) {
        if (!choice.equals(checkedAgainst.get())) {
            checkedAgainst.set(choice);
            return;
        }
        context = chooseContext(choice);
        validateNow();
        showGraphs();
    }

    /** The choices the toolbar offers: the default catalogs, each bundled environment, each shipped catalog. */
    public List<CheckedAgainst> choices() {
        List<CheckedAgainst> out = new ArrayList<>(List.of(CheckedAgainst.DEFAULT));
        new io.mopstudio.environment.EnvironmentLoader().bundledNames().forEach(n -> out.add(CheckedAgainst.environment(n)));
        contexts.bundledCatalogNames().forEach(n -> out.add(CheckedAgainst.catalog(n)));
        return out;
    }

    public ObjectProperty<CheckedAgainst> checkedAgainstProperty() {
        return checkedAgainst;
    }

    private ValidationContext chooseContext(CheckedAgainst choice) {
        LoadResult<ValidationContext> chosen = switch (choice.kind()) {
            case DEFAULT -> contexts.bundled();
            case ENVIRONMENT -> contexts.forEnvironment(choice.name());
            case CATALOG -> contexts.forCatalog(choice.name());
        };
        Optional<String> name = choice.kind() == CheckedAgainst.Kind.ENVIRONMENT ? Optional.of(choice.name())
                : Optional.empty();
        if (chosen.valid().isEmpty()) {
            status.set(choice.title() + " cannot be used: " + chosen.problems().stream()
                    .findFirst().map(Problem::toString).orElse("unknown problem"));
            chosen = contexts.bundled();
            name = Optional.empty();
        }
        environmentName = name;
        ValidationContext chosenContext = chosen.valid().orElseThrow(
                () -> new IllegalStateException("the bundled catalogs do not load"));
        palette.setCatalog(chosenContext.catalog());
        return chosenContext;
    }

    /**
     * Opens a MOP file with its layout sidecar; a file that cannot be read leaves an empty document naming
     * it. A file that does not exist yet in an existing folder starts a new MOP to be saved there
     * ({@code mop-studio gui new.yaml}), as editors do, so Save needs no file dialog.
     */
    public void open(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.notExists(file) && folder != null && Files.isDirectory(folder)) {
            document.create(file, MopTemplate.blank().text());
            checkAgainstTheCatalogItNames(Optional.empty());
            status.set("New MOP, to be saved as " + file + ": drag actions from the palette onto the canvas");
            afterLoad();
            return;
        }
        try {
            DocumentFiles.Opened opened = DocumentFiles.open(file);
            document.load(Optional.of(file), opened.text(), opened.layout());
            String catalog = checkAgainstTheCatalogItNames(Optional.empty());
            status.set(opened.warnings().isEmpty() ? "Opened " + file + catalog : String.join("; ", opened.warnings()));
        } catch (IOException e) {
            document.load(Optional.of(file), "", Layout.EMPTY);
            status.set(e.getMessage());
        }
        afterLoad();
    }

    /**
     * What a newly opened or started MOP is checked against: {@code wanted}, else a catalog chosen for
     * the last MOP does not carry over to this one (an environment does), and a MOP the default
     * catalogs do not know but one shipped catalog does is checked against that one. Says which.
     */
    private String checkAgainstTheCatalogItNames(Optional<String> wanted) {
        if (wanted.isPresent()) {
            choose(CheckedAgainst.catalog(wanted.get()));
            return "";
        }
        if (checkedAgainst.get().kind() == CheckedAgainst.Kind.ENVIRONMENT) {
            return "";
        }
        Optional<String> fitting = document.getMop().flatMap(contexts::shippedCatalogFor);
        choose(fitting.map(CheckedAgainst::catalog).orElse(CheckedAgainst.DEFAULT));
        return fitting.map(name -> "; checked against catalog " + name + ", which has every action and check it names")
                .orElse("");
    }

    /** Starts a new blank MOP (not yet saved anywhere). */
    public void newMop() {
        newMop(MopTemplate.blank());
    }

    /**
     * Starts a new MOP from a template's text, not yet saved anywhere (Save asks where), except in place of
     * an untouched new MOP started for a file ({@code mop-studio gui new.yaml}): choosing how that file
     * starts does not change where it goes, so it is still to be saved there.
     */
    public void newMop(MopTemplate template) {
        Optional<Path> to = document.dirtyProperty().get() ? Optional.empty() : document.getNewFile();
        to.ifPresentOrElse(file -> document.create(file, template.text()),
                () -> document.load(Optional.empty(), template.text(), Layout.EMPTY));
        // A template written for one catalog (systemd-ssh, kubernetes) is checked against it from the start.
        checkAgainstTheCatalogItNames(template.catalog());
        String savedAs = to.map(file -> ", to be saved as " + file).orElse("");
        status.set(template.equals(MopTemplate.blank())
                ? "New MOP" + savedAs + ": drag actions from the palette onto the canvas"
                : "New MOP from \"" + template.title() + "\"" + savedAs + ": its comments say what to fill in");
        afterLoad();
    }

    private void afterLoad() {
        execution.clearSelection();
        rollback.clearSelection();
        formTarget.set(null);
        execution.setPositions(document.getLayout());
        rollback.setPositions(document.getLayout());
        showGraphs();
        updateTitle();
        validateNow();
    }

    /** Whether saving must first be confirmed: the text does not read as a MOP now. */
    public boolean saveNeedsConfirmation() {
        return !document.parses();
    }

    /** Writes the text and the sidecar atomically to the document's file; false (with the reason) when it could not. */
    public boolean save() {
        return document.getFile().map(this::saveAs).orElseGet(() -> {
            status.set("Choose where to save the new MOP");
            return false;
        });
    }

    public boolean saveAs(Path file) {
        try {
            DocumentFiles.save(file, document.getText(), document.getLayout());
            document.markSaved(file);
            status.set("Saved " + file);
            onSaved.run();
            return true;
        } catch (IOException | RuntimeException e) {
            status.set("Could not save " + file + ": " + e.getMessage() + " (the file on disk is unchanged)");
            return false;
        }
    }

    /** Undoes the last change, saying which (a message from before it would otherwise stay). */
    public void undo() {
        status.set(document.undoChange().map(label -> "Undone: " + label).orElse("Nothing to undo"));
    }

    public void redo() {
        status.set(document.redoChange().map(label -> "Redone: " + label).orElse("Nothing to redo"));
    }

    /** Runs the validator for the text as it is now (the view debounces typing before calling this). */
    public void validateNow() {
        // Nothing open: nothing to report. An empty file that is open is a finding ("the file is empty").
        if (document.getText().isEmpty() && document.getMop().isEmpty() && document.getFile().isEmpty()) {
            problems.clear();
            return;
        }
        problems.validate(document.getText(), document.fileName());
    }

    /** Marks on the canvases the nodes the findings are about (the same nodes a double-click leads to). */
    private void flagProblemNodes() {
        Map<NodeKey, Boolean> executionNodes = new HashMap<>();
        Map<NodeKey, Boolean> rollbackNodes = new HashMap<>();
        document.getMop().ifPresent(mop -> {
            for (Problem problem : problems.problems()) {
                ProblemLocator.locate(mop, document.getText(), problem).node().ifPresent(node ->
                        (node.kind() == io.mopstudio.ui.canvas.NodeKind.ROLLBACK_STEP ? rollbackNodes : executionNodes)
                                .merge(node, problem.isError(), Boolean::logicalOr));
            }
        });
        execution.setProblemNodes(executionNodes);
        rollback.setProblemNodes(rollbackNodes);
    }

    /** Where a finding leads: its node is selected (so its form opens); the view also moves the YAML caret. */
    public ProblemTarget open(Problem problem) {
        ProblemTarget target = document.getMop().map(mop -> ProblemLocator.locate(mop, document.getText(), problem))
                .orElse(new ProblemTarget(Optional.empty(), Optional.empty(), problem.position().line(),
                        problem.position().column()));
        target.node().ifPresentOrElse(node -> {
            GraphCanvasViewModel canvas = node.kind() == io.mopstudio.ui.canvas.NodeKind.ROLLBACK_STEP ? rollback
                    : execution;
            canvas.select(node, false);
        }, () -> {
            execution.clearSelection();
            rollback.clearSelection();
        });
        return target;
    }

    private void showGraphs() {
        Optional<Mop> mop = document.getMop();
        String none = document.getFile().isPresent() || !document.getText().isEmpty()
                ? "The MOP cannot be read yet: see Problems, or fix it in the YAML pane."
                : "No MOP open — New (Ctrl+N) or Open… (Ctrl+O)";
        execution.show(mop.map(m -> MopGraph.of(m, GraphKind.EXECUTION)).orElse(MopGraph.EMPTY),
                mop.isPresent() ? "Drag an action from the palette here to add the first step." : none);
        rollback.show(mop.map(m -> MopGraph.of(m, GraphKind.ROLLBACK)).orElse(MopGraph.EMPTY),
                mop.isPresent() ? "No rollback_graph: drag actions here to draw one." : none);
    }

    private void updateTitle() {
        String name = document.getFile().map(f -> f.getFileName() == null ? f.toString() : f.getFileName().toString())
                .orElse(document.getText().isEmpty() ? "" : MopDocument.UNTITLED);
        String star = document.dirtyProperty().get() ? " *" : "";
        if (name.isEmpty()) {
            title.set(APP_NAME);
            return;
        }
        title.set(document.getMop().map(m -> APP_NAME + " — " + m.name() + " (" + name + ")")
                .orElse(APP_NAME + " — " + name) + star);
    }

    /** The form for the current target, built against the MOP as last read. */
    public Optional<FormContext> formContext(Consumer<String> refusals) {
        return document.getMop().map(mop -> new FormContext(mop, context.catalog(), context.environment(), edits,
                refusals));
    }

    /** Says something in the status bar (an export written, a drop beside the graph). */
    public void report(String message) {
        status.set(message);
    }

    /** Says why a form's value was not written; the next edit that is written takes the message away. */
    public void refused(String reason) {
        lastRefusal = reason;
        status.set(reason);
    }

    /** Why the form's last value was not written, while it still stands (no edit was written since). */
    public Optional<String> standingRefusal() {
        return lastRefusal.isEmpty() ? Optional.empty() : Optional.of(lastRefusal);
    }

    /** A refusal still shown after a later edit went through read as if that edit had been refused too. */
    private void forgetRefusal() {
        if (!lastRefusal.isEmpty() && lastRefusal.equals(status.get())) {
            status.set("");
        }
        lastRefusal = "";
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    public MopDocument document() {
        return document;
    }

    public FormEdits edits() {
        return edits;
    }

    public PaletteViewModel palette() {
        return palette;
    }

    public ProblemsViewModel problems() {
        return problems;
    }

    public GraphEditor editor(GraphKind graph) {
        return graph == GraphKind.EXECUTION ? executionEditor : rollbackEditor;
    }

    public GraphCanvasViewModel canvas(GraphKind graph) {
        return graph == GraphKind.EXECUTION ? execution : rollback;
    }

    public Catalog catalog() {
        return context.catalog();
    }

    public Optional<Environment> environment() {
        return context.environment();
    }

    public Optional<String> environmentName() {
        return environmentName;
    }

    public ObjectProperty<NodeKey> formTargetProperty() {
        return formTarget;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
