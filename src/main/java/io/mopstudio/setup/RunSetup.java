package io.mopstudio.setup;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.engine.RunPreflight;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.environment.Environment;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.model.Mop;
import io.mopstudio.secrets.SecretResolver;
import io.mopstudio.template.TemplateException;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Turns what a user gives (a MOP file, an environment name or file, incident values, who they
 * are) into a {@link RunRequest}, the same way for the window and the command line: load and
 * validate the MOP, find the environment and its catalog, connect the demo lab if the environment
 * targets it, and run the pre-flight.
 */
public final class RunSetup {

    private final MopLoader mopLoader = new MopLoader();
    private final EnvironmentLoader environmentLoader = new EnvironmentLoader();
    private final CatalogLoader catalogLoader = new CatalogLoader();
    private final IntFunction<LabConnection> labs;
    private final SecretResolver secretResolver;

    /** {@code labs} gives the lab for an environment's lab port; the caller owns and closes it. */
    public RunSetup(IntFunction<LabConnection> labs) {
        this(labs, SecretResolver.standard());
    }

    /** As above, reading credentials through {@code secretResolver}. */
    public RunSetup(IntFunction<LabConnection> labs, SecretResolver secretResolver) {
        this.labs = labs;
        this.secretResolver = secretResolver;
    }

    public SetupResult prepare(Path mopFile, String environment, Map<String, String> incident, String operator) {
        MopLoader.Loaded loaded = mopLoader.load(mopFile);
        LoadResult<Mop> mop = loaded.result();
        List<String> warnings = new ArrayList<>(mop.problems().stream().filter(p -> !p.isError())
                .map(Problem::toString).toList());
        if (mop.valid().isEmpty()) {
            return SetupResult.failed(mop.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        }
        LoadResult<Environment> env = environmentLoader.load(environment);
        if (env.valid().isEmpty()) {
            return SetupResult.failed(env.problems().stream().map(Problem::toString).toList());
        }
        Environment resolvedEnv = env.valid().get();
        Optional<Path> envDir = Optional.ofNullable(Path.of(environment).toAbsolutePath().getParent());
        LoadResult<Catalog> catalog = catalogLoader.load(resolvedEnv.catalog(), envDir);
        if (catalog.valid().isEmpty()) {
            return SetupResult.failed(catalog.problems().stream().map(Problem::toString).toList());
        }
        // What validate and the window call an error never runs: the run checks with the same rules,
        // against the catalog and variables it will use (a stray '}}' went into a URL).
        Validation validation = new MopValidator(new ValidationContexts().forRun(catalog.valid().get(), resolvedEnv))
                .validate(loaded.text(), mopFile.toString());
        if (validation.hasErrors()) {
            return SetupResult.failed(validation.problems().stream().filter(Problem::isError).map(Problem::toString)
                    .toList());
        }
        SecretResolver.Resolution secrets = secretResolver.resolve(resolvedEnv.credentials());
        if (!secrets.problems().isEmpty()) {
            String source = resolvedEnv.source();
            return SetupResult.failed(secrets.problems().stream().map(p -> source + ": " + p).toList());
        }
        resolvedEnv = resolvedEnv.withSecrets(secrets.secrets());
        Optional<String> labUrl = Optional.empty();
        if (resolvedEnv.labPort().isPresent()) {
            labUrl = Optional.of(labs.apply(resolvedEnv.labPort().get()).baseUrl().toString());
        }
        try {
            resolvedEnv = InventoryRendering.render(resolvedEnv, labUrl);
        } catch (TemplateException e) {
            return SetupResult.failed(List.of(resolvedEnv.source() + ": inventory: " + e.getMessage()));
        }
        RunRequest request = new RunRequest(mop.valid().get(), loaded.text(), mopFile.toString(), resolvedEnv,
                catalog.valid().get(), incident, operator);
        List<String> preflight = new ArrayList<>(RunPreflight.problems(request));
        preflight.addAll(SecretParams.problems(request.mop(), request.catalog()));
        if (!preflight.isEmpty()) {
            return SetupResult.failed(preflight.stream().map(p -> mopFile + ": " + p).toList());
        }
        return new SetupResult(Optional.of(request), List.of(), warnings);
    }
}
