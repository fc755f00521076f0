package io.mopstudio.ui.shell;

import com.jfoenix.controls.JFXSnackbar;
import com.jfoenix.controls.JFXSnackbarLayout;
import io.mopstudio.BuildInfo;
import io.mopstudio.ui.audit.AuditView;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.builder.BuilderView;
import io.mopstudio.ui.builder.MopTemplate;
import io.mopstudio.ui.builder.Shortcut;
import io.mopstudio.ui.builder.ShortcutRegistry;
import io.mopstudio.ui.fx.DesktopNotifiers;
import io.mopstudio.ui.fx.Stylesheets;
import io.mopstudio.ui.fx.Theme;
import io.mopstudio.ui.run.RunConsoleView;
import io.mopstudio.ui.run.RunDialogView;
import io.mopstudio.ui.run.RunDialogViewModel;
import io.mopstudio.ui.run.RunLogView;
import io.mopstudio.ui.run.RunNotifications;
import io.mopstudio.ui.run.RunOutcomeBanner;
import io.mopstudio.ui.run.RunStatusBar;
import io.mopstudio.ui.run.RunViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The main window's controls: toolbar, demo banner, the graph and audit tabs, problems, the run's
 * outcome and log, and the status bar. Behaviour lives in {@link ShellViewModel}.
 */
public final class ShellView {

    static final String ROLLBACK_ACTIVE = "tab-rollback-active";

    private final ShellViewModel model;
    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab executionTab;
    private final Tab rollbackTab;
    private final Tab auditTab;
    private final Scene scene;
    private final BuilderView builder;
    private final ThemeSetting themes;
    private Theme theme;
    private ShortcutRegistry shortcuts;
    /** The Help → Keyboard shortcuts sheet while it is open. */
    private Dialog<ButtonType> shortcutSheet;

    /** {@code themes} is where the chosen theme is kept for the next start. */
    public ShellView(ShellViewModel model, Stage stage, StudioServices services, ThemeSetting themes) {
        this.model = model;
        this.stage = stage;
        this.themes = themes;
        this.theme = themes.load();
        RunViewModel run = model.run();
        builder = new BuilderView(model.builder(), stage, this::shownGraph, services.layout(), services.dispatch());
        executionTab = tab("Execution graph", builder.canvas(GraphKind.EXECUTION));
        rollbackTab = tab("Rollback graph", builder.canvas(GraphKind.ROLLBACK));
        auditTab = tab("Audit", new AuditView(model.audit()).node());
        tabs.setId("mainTabs");
        tabs.getTabs().addAll(executionTab, rollbackTab, auditTab);
        run.rollbackActiveProperty().addListener((obs, was, active) -> {
            rollbackTab.getStyleClass().remove(ROLLBACK_ACTIVE);
            if (active) {
                rollbackTab.getStyleClass().add(ROLLBACK_ACTIVE);
                tabs.getSelectionModel().select(rollbackTab);
            }
        });
        run.runningProperty().addListener((obs, was, running) -> {
            if (running && tabs.getSelectionModel().getSelectedItem() != executionTab) {
                tabs.getSelectionModel().select(executionTab);
            }
        });

        JFXSnackbar snackbar = new JFXSnackbar(root);
        snackbar.getStyleClass().add("run-snackbar");
        Consumer<String> toast = text -> snackbar.enqueue(new JFXSnackbar.SnackbarEvent(new JFXSnackbarLayout(text),
                Duration.seconds(4)));
        model.setNotifier(toast);
        ShellRunActions afterRun = new ShellRunActions(model, this::showAudit, services.dispatch().ui());
        RunConsoleView console = new RunConsoleView(run, afterRun, toast);
        console.watch(tabs);
        console.flashTitle(stage, model.titleProperty());
        RunNotifications.install(run, DesktopNotifiers.detect(), stage.focusedProperty());

        VBox lower = new VBox(console.controls(), builder.problems(), new RunOutcomeBanner(run).node(),
                new RunLogView(run).node());
        lower.getStyleClass().add("lower-pane");
        VBox.setVgrow(lower.getChildren().get(3), Priority.ALWAYS);
        // Editing and running share the right-hand side: the forms while building, the run console while
        // a run goes (it comes forward by itself when a run starts).
        Tab editTab = new Tab("Edit", builder.side());
        Tab runTab = new Tab("Run console", console.side());
        TabPane side = new TabPane(editTab, runTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        run.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                side.getSelectionModel().select(runTab);
            }
        });
        SplitPane editing = new SplitPane(builder.palette(), tabs, side);
        editing.setDividerPositions(0.17, 0.64);
        SplitPane.setResizableWithParent(builder.palette(), false);
        SplitPane center = new SplitPane(editing, lower);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.68);
        AuditTakesTheWindow.install(tabs, auditTab, editing, center);
        root.setTop(new VBox(toolbar(), demoBanner(run), console.approvalBanner()));
        root.setCenter(center);
        root.setBottom(statusBar(run));
        root.getStyleClass().add("shell");

        // Never larger than the screen: a window past its edges hides the status bar.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        Stylesheets.apply(scene, theme);
        stage.setOnCloseRequest(event -> {
            if (!builder.mayDiscard()) {
                event.consume();
            }
        });
        installShortcuts();
        YamlFileDrop.install(scene, services.dispatch().ui(), this::openDropped);
    }

    /** Every window shortcut goes through the one registry the Shortcuts sheet lists. */
    private void installShortcuts() {
        shortcuts = new ShortcutRegistry(scene);
        builder.installShortcuts(shortcuts, this::askNewMop);
        shortcuts.install(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "Open a MOP file",
                this::open);
        shortcuts.install(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), "Run this MOP", this::run);
        shortcuts.install(new KeyCodeCombination(KeyCode.F5), "Run this MOP", this::run);
        shortcuts.install(new KeyCodeCombination(KeyCode.F1), "This list of keyboard shortcuts", this::showShortcuts);
        shortcuts.install(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                "Quit (unsaved changes are asked about first)", this::quit);
        shortcuts.install(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
                "Show the execution graph", () -> tabs.getSelectionModel().select(executionTab));
        shortcuts.install(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
                "Show the rollback graph", () -> tabs.getSelectionModel().select(rollbackTab));
        shortcuts.install(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
                "Show the audit of past runs", () -> tabs.getSelectionModel().select(auditTab));
    }

    /** The registry's shortcuts, as the sheet lists them. */
    List<Shortcut> shortcuts() {
        return shortcuts.all();
    }

    public Scene scene() {
        return scene;
    }

    /** The graph a palette drop goes to: the rollback tab's when it is shown. */
    private GraphKind shownGraph() {
        return tabs.getSelectionModel().getSelectedItem() == rollbackTab ? GraphKind.ROLLBACK : GraphKind.EXECUTION;
    }

    private Node toolbar() {
        ReadOnlyBooleanProperty running = model.run().runningProperty();
        ToolBar bar = new ShellToolbar()
                .button("reloadButton", "Reload", "Read the MOP file again (unsaved changes are asked about first)",
                        running.or(model.mopFileProperty().isNull()), this::reload)
                .separator()
                .button("runButton", "Run…", "Run this MOP (Ctrl+R, F5)", model.canRunBinding().not(), this::run,
                        "primary-button")
                .button("cancelRunButton", "Cancel run", "Stop the run: no new step starts",
                        model.run().runningProperty().not(), model::cancelRun, "danger-button")
                .separator()
                .button("resetLabButton", "Reset demo lab",
                        "Put the demo lab's resources back to their starting scenarios", running, model::resetLab)
                .spring()
                .button("auditButton", "Audit", "Past runs and their recorded events", this::showAudit)
                .node();
        bar.getItems().add(themeToggle());
        bar.getItems().add(HelpMenu.create(this::showShortcuts, () -> new AboutDialog(BuildInfo.current(), stage).show()));
        // File first, then the builder's own items: Undo, Redo, Export, environment.
        bar.getItems().addAll(0, builder.toolbarItems());
        bar.getItems().add(0, FileMenu.create(new FileMenu.Actions(this::newMop, this::open, this::openRecent,
                builder::save, builder::saveAs, this::quit), model.recentFiles(), running));
        return bar;
    }

    private Node demoBanner(RunViewModel run) {
        Label banner = new Label(RunDialogViewModel.DEMO_BANNER);
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(run.demoProperty());
        banner.managedProperty().bind(run.demoProperty());
        return banner;
    }

    private Node statusBar(RunViewModel run) {
        Label layoutNote = new Label();
        layoutNote.setId("layoutNote");
        layoutNote.getStyleClass().addAll("status-item", "layout-note");
        layoutNote.setMinWidth(0);
        layoutNote.textProperty().bind(Bindings.when(model.executionGraph().layoutNoteProperty().isEmpty())
                .then(model.rollbackGraph().layoutNoteProperty())
                .otherwise(model.executionGraph().layoutNoteProperty()));
        Tooltip fullNote = new Tooltip();
        fullNote.textProperty().bind(layoutNote.textProperty());
        layoutNote.setTooltip(fullNote);
        // The title's '*' is not seen where no window manager draws titles (and is easy to miss where one
        // does): the status bar says it in words.
        Label unsaved = new Label("Unsaved changes");
        unsaved.setId("unsavedChanges");
        unsaved.getStyleClass().addAll("status-item", "unsaved-changes");
        unsaved.setMinWidth(Region.USE_PREF_SIZE);
        unsaved.visibleProperty().bind(model.builder().document().dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        unsaved.setTooltip(new Tooltip("Edits not saved yet: Save (Ctrl+S). A run runs the MOP as saved."));
        return new RunStatusBar(run, model.statusProperty(), unsaved, layoutNote).node();
    }

    private static Tab tab(String text, Node content) {
        Tab tab = new Tab(text, content);
        tab.setClosable(false);
        return tab;
    }

    /** Reading the file again replaces the edits: they are asked about first (they went silently). */
    private void reload() {
        if (builder.mayDiscard()) {
            model.reload();
        }
    }

    /** As the window's close button: unsaved changes are asked about first. */
    private void quit() {
        if (builder.mayDiscard()) {
            stage.close();
        }
    }

    private void open() {
        if (model.run().runningProperty().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a MOP");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("MOP (*.yaml, *.yml)", "*.yaml", "*.yml"));
        model.getMopFile().map(f -> f.toAbsolutePath().getParent()).map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        if (!builder.mayDiscard()) {
            return;
        }
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            model.open(file.toPath());
        }
    }

    /** Unsaved changes first, then which template: asked the other way round, the choice came before the doubt. */
    private void askNewMop() {
        if (!model.run().runningProperty().get() && builder.mayDiscard()) {
            NewMopDialog.ask(stage).ifPresent(model::newMop);
        }
    }

    private void newMop(MopTemplate template) {
        if (!model.run().runningProperty().get() && builder.mayDiscard()) {
            model.newMop(template);
        }
    }

    private void openRecent(Path file) {
        if (!model.run().runningProperty().get() && builder.mayDiscard()) {
            model.openRecent(file);
        }
    }

    /** A YAML file dropped on the window: asked about unsaved changes like Open. */
    private void openDropped(Path file) {
        if (model.run().runningProperty().get()) {
            model.report("A run is going: open " + file.getFileName() + " when it has finished");
        } else if (builder.mayDiscard()) {
            model.open(file);
        }
    }

    /** Opens the sheet, or brings the open one to the front: F1 pressed twice shows one sheet. */
    private void showShortcuts() {
        if (shortcutSheet != null && shortcutSheet.isShowing()) {
            ((Stage) shortcutSheet.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        shortcutSheet = ShortcutSheet.create(stage, shortcuts.all());
        shortcutSheet.show();
    }

    /** Pressed while dark; the choice is kept for the next start. */
    private ToggleButton themeToggle() {
        ToggleButton toggle = new ToggleButton("Dark theme");
        toggle.setId("themeButton");
        toggle.getStyleClass().add(ShellToolbar.BUTTON);
        toggle.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        toggle.setSelected(theme == Theme.DARK);
        toggle.selectedProperty().addListener((obs, was, dark) -> {
            theme = dark ? Theme.DARK : Theme.LIGHT;
            Stylesheets.apply(scene, theme);
            themes.save(theme).ifPresent(model::report);
        });
        return toggle;
    }

    private void run() {
        model.newRunDialog().ifPresent(dialog -> new RunDialogView(dialog, stage, model::startRun).show());
    }

    private void showAudit() {
        tabs.getSelectionModel().select(auditTab);
        model.audit().refresh();
    }
}
