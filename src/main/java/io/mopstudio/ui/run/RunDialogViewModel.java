package io.mopstudio.ui.run;

import io.mopstudio.engine.MopVariables;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.model.Mop;
import io.mopstudio.setup.SetupResult;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Path;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Run dialog: where (a bundled environment or a file), for which incident (one field per
 * {@code incident.*} variable the MOP uses), and who. Starting prepares the run exactly as the
 * command line does; its problems stay in the dialog and nothing runs.
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
    private final Map<String, StringProperty> incident = new LinkedHashMap<>();
    private final StringProperty operator = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canStart;

    /** {@code previous} pre-fills incident fields with the values of the last run from this window. */
    public RunDialogViewModel(Mop mop, Path mopFile, EnvironmentLoader environments, RunPreparer preparer,
            UiDispatch dispatch, Map<String, String> previous, String defaultOperator) {
        this.mop = mop;
        this.mopFile = mopFile;
        this.environments = environments;
        this.preparer = preparer;
        this.dispatch = dispatch;
        MopVariables.incidentFields(mop).forEach(field ->
                incident.put(field, new SimpleStringProperty(previous.getOrDefault(field, ""))));
        operator.set(defaultOperator == null ? "" : defaultOperator);
        environmentChoices.setAll(environments.bundledNames());
        environment.addListener((obs, old, now) -> {
            summary.set(EnvironmentSummary.load(environments, now));
            problems.clear();
        });
        environment.set(environmentChoices.isEmpty() ? "" : environmentChoices.get(0));
        List<ObservableValue<?>> inputs = new ArrayList<>(incident.values());
        inputs.addAll(List.of(operator, environment, summary, busy));
        canStart = Bindings.createBooleanBinding(this::ready, inputs.toArray(ObservableValue[]::new));
    }

    private boolean ready() {
        return !busy.get() && !environment.get().isBlank() && summary.get().problem().isEmpty()
                && !operator.get().isBlank() && incident.values().stream().noneMatch(v -> v.get().isBlank());
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
        resourceField().ifPresent(field -> incident.get(field).set(resource));
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
        return result.request();
    }

    /** The incident as typed, trimmed, in the MOP's order. */
    public Map<String, String> incidentValues() {
        Map<String, String> out = new LinkedHashMap<>();
        incident.forEach((field, value) -> out.put(field, value.get().strip()));
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
        StringProperty value = incident.get(field);
        if (value == null) {
            throw new IllegalArgumentException("the MOP uses no incident." + field);
        }
        return value;
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
