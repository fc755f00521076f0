package io.mopstudio.ui.run;

import io.mopstudio.engine.MopVariables;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.environment.Environment;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.setup.SetupResult;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Run dialog: where (a bundled environment or a file), for which incident (one field per
 * declared input, then per other {@code incident.*} variable the MOP uses, checked as typed), and
 * who; the pre-flight (change window, blast radius) for the chosen environment; and a dry run
 * that shows the plan. Starting prepares the run exactly as the command line does; its problems
 * stay in the dialog and nothing runs. The values are remembered per MOP for the next run.
 */
public final class RunDialogViewModel {

    public static final String DEMO_BANNER = "DEMO ENVIRONMENT — a local lab, nothing real is touched";

    private final Mop mop;
    private final Path mopFile;
    private final EnvironmentLoader environments;
    private final RunPreparer preparer;
    private final UiDispatch dispatch;
    private final ObservableList<String> environmentChoices = FXCollections.observableArrayList();
    private final StringProperty environment = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<EnvironmentSummary> summary =
            new ReadOnlyObjectWrapper<>(EnvironmentSummary.NONE);
    private final Map<String, InputField> incident = new LinkedHashMap<>();
    private final Clock clock;
    private final Optional<RememberedInputs> memory;
    private final DryRunner dryRunner;
    private final ReadOnlyObjectWrapper<Preflight> preflight = new ReadOnlyObjectWrapper<>(Preflight.NONE);
    private final ReadOnlyStringWrapper plan = new ReadOnlyStringWrapper("");
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canStart;

    /** {@code previous} pre-fills incident fields with the values of the last run from this window. */
    public RunDialogViewModel(Mop mop, Path mopFile, EnvironmentLoader environments, RunPreparer preparer,
            UiDispatch dispatch, Map<String, String> previous, String defaultOperator) {
        this(mop, mopFile, environments, preparer, dispatch, previous, defaultOperator, Clock.systemDefaultZone(),
                Optional.empty(), request -> CompletableFuture.failedFuture(
                        new IllegalStateException("dry runs are not available here")));
    }

    /**
     * {@code memory} recalls and keeps the values per MOP (they win over {@code previous});
     * {@code clock} decides the change window shown; {@code dryRunner} runs the Dry run button.
     */
    public RunDialogViewModel(Mop mop, Path mopFile, EnvironmentLoader environments, RunPreparer preparer,
            UiDispatch dispatch, Map<String, String> previous, String defaultOperator, Clock clock,
            Optional<RememberedInputs> memory, DryRunner dryRunner) {
        this.mop = mop;
        this.mopFile = mopFile;
        this.environments = environments;
        this.preparer = preparer;
        this.dispatch = dispatch;
        this.clock = clock;
        this.memory = memory;
        this.dryRunner = dryRunner;
        Optional<RememberedInputs.Values> recalled = memory.flatMap(m -> m.recall(mop.mopId()));
        Map<String, String> initial = recalled.map(RememberedInputs.Values::incident).orElse(previous);
        Map<String, Optional<Input>> fields = new LinkedHashMap<>();
        mop.inputs().forEach(input -> fields.put(input.name(), Optional.of(input)));
        MopVariables.incidentFields(mop).forEach(field -> fields.putIfAbsent(field, Optional.empty()));
        fields.forEach((field, spec) -> incident.put(field, new InputField(field, spec,
                initial.getOrDefault(field, ""))));
        operator.set(recalled.map(RememberedInputs.Values::operator).filter(o -> !o.isBlank())
                .orElse(defaultOperator == null ? "" : defaultOperator));
        environmentChoices.setAll(environments.bundledNames());
        recalled.map(RememberedInputs.Values::environment).filter(e -> !environmentChoices.contains(e))
                .filter(e -> Files.isRegularFile(Path.of(e))).ifPresent(environmentChoices::add);
        environment.addListener((obs, old, now) -> environmentChanged(now));
        environment.set(recalled.map(RememberedInputs.Values::environment).filter(environmentChoices::contains)
                .orElse(environmentChoices.isEmpty() ? "" : environmentChoices.get(0)));
        List<ObservableValue<?>> inputs = new ArrayList<>();
        incident.values().forEach(f -> inputs.add(f.errorProperty()));
        inputs.addAll(List.of(operator, environment, summary, busy));
        canStart = Bindings.createBooleanBinding(this::ready, inputs.toArray(ObservableValue[]::new));
    }

    private void environmentChanged(String now) {
        problems.clear();
        plan.set("");
        if (now == null || now.isBlank()) {
            summary.set(EnvironmentSummary.NONE);
            preflight.set(Preflight.NONE);
            return;
        }
        io.mopstudio.yaml.LoadResult<Environment> loaded = environments.load(now);
        summary.set(EnvironmentSummary.of(loaded));
        preflight.set(loaded.valid().map(env -> Preflight.of(env, mop, clock)).orElse(Preflight.NONE));
    }

    private boolean ready() {
        return !busy.get() && !environment.get().isBlank() && summary.get().problem().isEmpty()
                && !operator.get().isBlank() && incident.values().stream().allMatch(InputField::isValid);
    }

    /** Adds an environment file the user picked and selects it. */
    public void addEnvironmentFile(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!environmentChoices.contains(path)) {
            environmentChoices.add(path);
        }
        environment.set(path);
    }

    /**
     * The incident field a resource name from the environment's inventory belongs in: the one
     * named like a resource (e.g. {@code affected_resource}), else the only field.
     */
    public Optional<String> resourceField() {
        return incident.keySet().stream().filter(f -> f.contains("resource")).findFirst()
                .or(() -> incident.size() == 1 ? incident.keySet().stream().findFirst() : Optional.empty());
    }

    public void useResource(String resource) {
        resourceField().ifPresent(field -> incident.get(field).valueProperty().set(resource));
    }

    /**
     * Prepares the run off the UI thread (it may start the demo lab). Completes with the request,
     * or empty with {@link #problems()} saying why not.
     */
    public CompletableFuture<Optional<RunRequest>> start() {
        if (!canStart.get()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        busy.set(true);
        problems.clear();
        Map<String, String> values = incidentValues();
        String env = environment.get();
        String who = operator.get().strip();
        return dispatch.background(() -> preparer.prepare(mopFile, env, values, who))
                .handle((result, error) -> {
                    busy.set(false);
                    if (error != null) {
                        problems.setAll("Could not prepare the run: " + UiDispatch.unwrap(error).getMessage());
                        return Optional.empty();
                    }
                    return accept(result);
                });
    }

    private Optional<RunRequest> accept(SetupResult result) {
        if (result.request().isEmpty()) {
            problems.setAll(result.problems().isEmpty() ? List.of("The run could not be prepared.") : result.problems());
            return Optional.empty();
        }
        memory.flatMap(m -> m.remember(mop.mopId(), new RememberedInputs.Values(environment.get(),
                operator.get().strip(), incidentValues()))).ifPresent(problems::add);
        return result.request();
    }

    /**
     * Prepares the run as {@link #start} does, then runs it as a dry run: nothing acts, the plan
     * (waves, rendered parameters, rollback plan) appears in {@link #planProperty()}.
     */
    public CompletableFuture<Optional<String>> dryRun() {
        plan.set("");
        return start().thenCompose(request -> {
            if (request.isEmpty()) {
                return CompletableFuture.completedFuture(Optional.<String>empty());
            }
            busy.set(true);
            plan.set("Planning…");
            return dispatch.onUi(dryRunner.plan(request.get())).handle((text, error) -> {
                busy.set(false);
                plan.set(error != null ? "The dry run failed: " + UiDispatch.unwrap(error).getMessage() : text);
                return Optional.ofNullable(error == null ? text : null);
            });
        });
    }

    /** The incident as typed, trimmed, in the MOP's order. */
    public Map<String, String> incidentValues() {
        Map<String, String> out = new LinkedHashMap<>();
        incident.forEach((field, value) -> out.put(field, value.valueProperty().get().strip()));
        return Collections.unmodifiableMap(out);
    }

    public Mop mop() {
        return mop;
    }

    /** Incident field names, in the order the MOP first uses them. */
    public List<String> incidentFields() {
        return List.copyOf(incident.keySet());
    }

    public StringProperty incidentProperty(String field) {
        return input(field).valueProperty();
    }

    public InputField input(String field) {
        InputField value = incident.get(field);
        if (value == null) {
            throw new IllegalArgumentException("the MOP uses no incident." + field);
        }
        return value;
    }

    /** The change window and blast radius for the chosen environment, as of the dialog's clock. */
    public ReadOnlyObjectProperty<Preflight> preflightProperty() {
        return preflight.getReadOnlyProperty();
    }

    /** The dry run's plan, or empty before one. */
    public ReadOnlyStringProperty planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<String> environmentChoices() {
        return environmentChoices;
    }

    public StringProperty environmentProperty() {
        return environment;
    }

    public ReadOnlyObjectProperty<EnvironmentSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    /** Setup problems: lines to show as they are; while there are any, nothing runs. */
    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canStartBinding() {
        return canStart;
    }
}
