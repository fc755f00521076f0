package io.mopstudio.ui.shell;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.engine.InvalidRunException;
import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunOptions;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.model.Mop;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.ui.audit.AuditSource;
import io.mopstudio.ui.audit.AuditViewModel;
import io.mopstudio.ui.builder.BuilderViewModel;
import io.mopstudio.ui.builder.MopTemplate;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.ui.run.RememberedInputs;
import io.mopstudio.ui.run.RunDialogViewModel;
import io.mopstudio.ui.run.RunViewModel;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window: which MOP file is open and what is wrong with it, the title, the status
 * message, and the features inside (the two graph canvases, the run, the audit). Opening a file,
 * starting and cancelling a run and resetting the demo lab all go through here.
 */
public final class ShellViewModel {

    public static final String APP_NAME = "MOP Studio";

    private final StudioServices services;
    private final MopLoader loader = new MopLoader();
    private final RunSetup setup;
    private final RunViewModel run;
    private final GraphCanvasViewModel execution;
    private final GraphCanvasViewModel rollback;
    private final AuditViewModel audit;
    private final BuilderViewModel builder;
    private final ReadOnlyObjectWrapper<Path> mopFile = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mop> mop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper runnable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BooleanBinding canRun;
    private Map<String, String> lastIncident = Map.of();
    private Consumer<String> notifier = text -> { };
    private final RecentFiles recent;

    /** {@code recent} is where opened and saved files are remembered for Open Recent. */
    public ShellViewModel(StudioServices services, RecentFiles recent) {
        this.services = services;
        this.recent = recent;
        UiDispatch dispatch = services.dispatch();
        this.setup = new RunSetup(services.lab()::connect);
        this.run = new RunViewModel(dispatch);
        this.execution = new GraphCanvasViewModel(services.layout(), dispatch, run.nodes());
        this.rollback = new GraphCanvasViewModel(services.layout(), dispatch, run.nodes());
        Optional<AuditStore> store = services.audit();
        this.audit = new AuditViewModel(AuditSource.of(
                () -> store.orElseThrow(() -> new IllegalStateException(services.auditProblem().orElse("")))),
                services.layout(), dispatch, ZoneId.systemDefault());
        canRun = runnable.and(run.runningProperty().not()).and(Bindings.createBooleanBinding(store::isPresent));
        run.runningProperty().addListener((obs, was, running) -> {
            if (!running) {
                runEnded();
            }
        });
        // The builder owns what the canvases show; the run only colours their nodes.
        builder = new BuilderViewModel(dispatch, execution, rollback);
        builder.setOnSaved(() -> builder.document().getFile().ifPresent(saved -> {
            loadForRun(saved, LoadReason.SAVED);
            remember(saved);
        }));
        builder.statusProperty().addListener((obs, old, text) -> status.set(text));
        title.bind(builder.titleProperty());
        canRun = canRun.and(builder.document().dirtyProperty().not());
        services.auditProblem().ifPresent(status::set);
    }

    /**
     * What the window starts with: {@code file} when one was given, else a new blank MOP. Not a blank
     * MOP first and the file after: the title showed "New MOP (untitled.yaml)" while the file loaded.
     */
    public void start(Optional<Path> file) {
        file.ifPresentOrElse(this::open, this::newMop);
    }

    /** Opens {@code file} in the builder and for runs; its problems, if any, go to {@link #problems()} as FILE:LINE:COL: message. */
    public void open(Path file) {
        builder.open(file);
        if (Files.notExists(file)) {
            // A new MOP to be saved there: nothing to run until it is saved (then it is loaded for runs).
            mopFile.set(file);
            mop.set(null);
            runnable.set(false);
            problems.clear();
            return;
        }
        loadForRun(file);
        remember(file);
    }

    /** Opens a file from Open Recent, unless it has gone: then it leaves the list, with a message. */
    public void openRecent(Path file) {
        if (Files.isRegularFile(file)) {
            open(file);
        } else {
            recent.forgetMissing();
            status.set(file + " no longer exists; removed from Open Recent");
        }
    }

    /** The files Open Recent offers, newest first. */
    public ObservableList<Path> recentFiles() {
        return recent.entries();
    }

    private void remember(Path file) {
        recent.remember(file).ifPresent(status::set);
    }

    /** Starts a new blank MOP in the builder; it can run once saved. */
    public void newMop() {
        newMop(MopTemplate.blank());
    }

    /** Starts a new MOP from {@code template} in the builder; it can run once saved. */
    public void newMop(MopTemplate template) {
        builder.newMop(template);
        // Untitled, or the file an untouched new MOP was started for (the builder keeps it for the template).
        mopFile.set(builder.document().getNewFile().orElse(null));
        mop.set(null);
        runnable.set(false);
        problems.clear();
    }

    /** What a run uses: the file as saved, never unsaved text. */
    private void loadForRun(Path file) {
        loadForRun(file, LoadReason.OPENED);
    }

    /** Why the file is read again for the next run; its word starts the status line. */
    private enum LoadReason {
        OPENED("Opened"), SAVED("Saved");

        final String word;

        LoadReason(String word) {
            this.word = word;
        }
    }

    /** Loads the file as saved for the next run. */
    private void loadForRun(Path file, LoadReason reason) {
        String done = reason.word;
        MopLoader.Loaded loaded = loader.load(file);
        LoadResult<Mop> result = loaded.result();
        mopFile.set(file);
        problems.setAll(result.problems().stream().map(Problem::toString).toList());
        runnable.set(result.valid().isPresent());
        Optional<Mop> value = result.value();
        mop.set(value.orElse(null));
        // Saving keeps the last run's outcome, colours and log on screen (the next run clears them, and
        // Open does): a save after a run blanked them, and with them 'Open in audit viewer'.
        boolean keepLastRun = reason == LoadReason.SAVED && run.finalStateProperty().get() != null;
        if (!keepLastRun) {
            value.ifPresent(run::prepare);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long errors = result.problems().stream().filter(Problem::isError).count();
        status.set(errors == 0 ? done + " " + file
                // No count: this reads the file's structure, and Problems lists the catalog's findings too.
                : done + " " + name + ": it has errors; fix what Problems lists and save to run it");
        if (reason == LoadReason.SAVED) {
            // The refused value is still in its field, outlined in red: "Saved" alone read as if it had gone in.
            builder.standingRefusal().ifPresent(refusal ->
                    status.set(status.get() + " — without the value the form refused (" + refusal + ")"));
        }
    }

    /** A message for the status bar from the window's own actions. */
    public void report(String message) {
        status.set(message);
    }

    public void reload() {
        getMopFile().ifPresent(this::open);
    }

    /**
     * Why Run is not offered now, in the words the status bar gives when Ctrl+R is pressed anyway (a
     * disabled button shows no tooltip): a run runs the file as saved, so unsaved edits come first.
     */
    public Optional<String> whyNoRun() {
        if (canRun.get()) {
            return Optional.empty();
        }
        if (run.runningProperty().get()) {
            return Optional.of("A run is going: wait for it to end, or cancel it");
        }
        if (services.audit().isEmpty()) {
            return Optional.of("Cannot run: the audit database is not open, and nothing runs unrecorded");
        }
        if (builder.document().dirtyProperty().get()) {
            return Optional.of("Save first (Ctrl+S): a run runs the MOP as saved, and these edits are not");
        }
        return Optional.of(getMopFile().map(f -> f.getFileName() + " as saved has errors: fix them (see Problems)"
                + " and save to run it").orElse("Open or save a MOP to run it"));
    }

    /** A Run dialog for the open MOP, when it can run. */
    public Optional<RunDialogViewModel> newRunDialog() {
        if (!canRun.get()) {
            whyNoRun().ifPresent(status::set);
            return Optional.empty();
        }
        return Optional.of(new RunDialogViewModel(mop.get(), mopFile.get(), new EnvironmentLoader(), setup::prepare,
                services.dispatch(), lastIncident, System.getProperty("user.name", ""), Clock.systemDefaultZone(),
                Optional.of(RememberedInputs.standard()), this::dryRun));
    }

    /** Runs a prepared request as a dry run, recorded in the audit, and gives the plan. */
    private CompletableFuture<String> dryRun(RunRequest request) {
        Optional<AuditStore> store = services.audit();
        if (store.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    services.auditProblem().orElse("No audit: nothing can run.")));
        }
        try {
            return services.engine().start(request, store.get().listener(),
                    RunOptions.defaults().asDryRun(RunOptions.DryRun.PLAN_ONLY)).completion()
                    .thenApply(RunResult::summary);
        } catch (InvalidRunException e) {
            return CompletableFuture.failedFuture(new IllegalStateException(String.join("; ", e.reasons())));
        }
    }

    /** Starts a prepared run; every event is recorded in the audit before the window sees it. */
    public void startRun(RunRequest request) {
        startRun(request, List.of());
    }

    /** Starts a run with failed pre-checks overridden (see the run console's "Override and run again"). */
    public void startRun(RunRequest request, List<PreCheckOverride> overrides) {
        Optional<AuditStore> store = services.audit();
        if (store.isEmpty()) {
            status.set(services.auditProblem().orElse("No audit: nothing can run."));
            return;
        }
        if (!request.mop().equals(mop.get())) {
            // The file changed on disk since it was opened: show what actually runs.
            getMopFile().ifPresent(builder::open);
            mop.set(request.mop());
        }
        lastIncident = request.incident();
        try {
            run.start(services.engine(), request, store.get().listener(), overrides);
            status.set("Running on " + request.environment().name() + " for " + request.incident().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidRunException e) {
            status.set("The run could not start: " + e.getMessage());
        }
    }

    public void cancelRun() {
        run.cancel("cancelled by " + System.getProperty("user.name", "the operator") + " from the window");
        status.set("Cancelling the run…");
    }

    /** Puts the demo lab's resources back to their starting scenarios (a recovered resource stays recovered). */
    public void resetLab() {
        services.dispatch().background(services.lab()::reset).whenComplete((reset, error) -> status.set(
                error != null ? "Could not reset the demo lab: " + UiDispatch.unwrap(error).getMessage()
                        : reset ? "Demo lab reset: every resource is back to its starting scenario."
                        : "The demo lab is not running yet; the first demo run starts it fresh."));
    }

    /** Stops a run in progress at exit, waiting briefly so the audit records how it ended. */
    public void shutdown() {
        run.handle().ifPresent(handle -> {
            handle.cancel("the window was closed");
            try {
                handle.completion().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Exiting either way; the audit shows the run as unfinished if it did not end in time.
            }
        });
    }

    /** Called with a short message when something worth a toast happens (a run finished). */
    public void setNotifier(Consumer<String> notifier) {
        this.notifier = notifier;
    }

    private void runEnded() {
        String outcome = run.getFinalState().map(Enum::name).orElse("ended without a final state");
        status.set("Run finished: " + outcome);
        notifier.accept("Run finished: " + outcome);
        audit.refresh();
    }

    public Optional<Path> getMopFile() {
        return Optional.ofNullable(mopFile.get());
    }

    public Optional<Mop> getMop() {
        return Optional.ofNullable(mop.get());
    }

    public ReadOnlyObjectProperty<Path> mopFileProperty() {
        return mopFile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mop> mopProperty() {
        return mop.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runnableProperty() {
        return runnable.getReadOnlyProperty();
    }

    public BooleanBinding canRunBinding() {
        return canRun;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public RunViewModel run() {
        return run;
    }

    public BuilderViewModel builder() {
        return builder;
    }

    public GraphCanvasViewModel executionGraph() {
        return execution;
    }

    public GraphCanvasViewModel rollbackGraph() {
        return rollback;
    }

    public AuditViewModel audit() {
        return audit;
    }
}
