package io.mopstudio.validation;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.environment.Environment;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds what a MOP is validated against: a chosen environment's catalog, one catalog, or the default ones. */
public final class ValidationContexts {

    private final CatalogLoader catalogs = new CatalogLoader();
    private final EnvironmentLoader environments = new EnvironmentLoader();
    private LoadResult<ValidationContext> bundled;

    /** What {@code --env} chose, or the bundled catalogs when it was not given. */
    public LoadResult<ValidationContext> chosen(Optional<String> environment) {
        return environment.map(this::forEnvironment).orElseGet(this::bundled);
    }

    /** {@code --env NAME|PATH}: the environment's variables and its catalog (with the primitives). */
    public LoadResult<ValidationContext> forEnvironment(String nameOrPath) {
        LoadResult<Environment> env = environments.load(nameOrPath);
        if (env.valid().isEmpty()) {
            return new LoadResult<>(Optional.empty(), env.problems());
        }
        Environment environment = env.valid().get();
        Optional<Path> envDir = Optional.ofNullable(Path.of(nameOrPath).toAbsolutePath().getParent());
        LoadResult<Catalog> catalog = catalogs.load(environment.catalog(), envDir);
        if (catalog.valid().isEmpty()) {
            return new LoadResult<>(Optional.empty(), catalog.problems());
        }
        return new LoadResult<>(Optional.of(new ValidationContext(catalog.valid().get(),
                "catalog '" + catalog.valid().get().name() + "'", Optional.of(environment))), List.of());
    }

    /**
     * One catalog (bundled name or file) with the primitives, without an environment: what a MOP written
     * for, say, {@code systemd-ssh} is checked against before there is an environment that uses it.
     */
    public LoadResult<ValidationContext> forCatalog(String nameOrPath) {
        LoadResult<Catalog> catalog = catalogs.load(nameOrPath, Optional.empty());
        if (catalog.valid().isEmpty()) {
            return new LoadResult<>(Optional.empty(), catalog.problems());
        }
        return new LoadResult<>(Optional.of(new ValidationContext(catalog.valid().get(),
                "catalog '" + catalog.valid().get().name() + "'", Optional.empty())), List.of());
    }

    /**
     * What a run checks its MOP against: the environment's catalog and variables, saying which shipped
     * catalog has a name this one lacks (a MOP for systemd-ssh started on the demo environment).
     */
    public ValidationContext forRun(Catalog catalog, Environment environment) {
        return new ValidationContext(catalog, "catalog '" + catalog.name() + "' of environment '" + environment.name()
                + "'", Optional.of(environment), elsewhere(catalog));
    }

    /**
     * The shipped catalog a MOP was written for, when the default catalogs do not know every action and
     * check it names and one shipped catalog does (a MOP for systemd-ssh names {@code service_active});
     * empty when the default catalogs do, or no single catalog does.
     */
    public Optional<String> shippedCatalogFor(io.mopstudio.model.Mop mop) {
        if (bundled().valid().filter(c -> knowsAll(c.catalog(), mop)).isPresent()) {
            return Optional.empty();
        }
        return bundledCatalogNames().stream()
                .filter(name -> catalogs.load(name, Optional.empty()).valid().filter(c -> knowsAll(c, mop)).isPresent())
                .findFirst();
    }

    private static boolean knowsAll(Catalog catalog, io.mopstudio.model.Mop mop) {
        boolean actions = java.util.stream.Stream.concat(mop.executionGraph().stream(), mop.rollbackGraph().stream())
                .allMatch(step -> step.action().isEmpty() || catalog.actionNames().contains(step.action()));
        boolean checks = java.util.stream.Stream.concat(mop.preChecks().stream().map(p -> p.check()),
                mop.validation().stream()).allMatch(check -> catalog.checkNames().contains(check.check()));
        return actions && checks;
    }

    /** For each action and check {@code known} lacks, the first shipped catalog that has it. */
    private Map<String, String> elsewhere(Catalog known) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String name : bundledCatalogNames()) {
            catalogs.load(name, Optional.empty()).valid().ifPresent(other -> java.util.stream.Stream
                    .concat(other.actionNames().stream(), other.checkNames().stream())
                    .filter(n -> !known.actionNames().contains(n) && !known.checkNames().contains(n))
                    .forEach(n -> out.putIfAbsent(n, name)));
        }
        return out;
    }

    /** The bundled catalogs by name, the primitives left out (every catalog includes them). */
    public List<String> bundledCatalogNames() {
        return catalogs.bundledCatalogs();
    }

    /**
     * No environment: the union of the default catalogs and the primitives, without env.* checks.
     * Read once per instance: the catalogs ship in the jar and do not change, and the window asks on
     * every open (with every shipped catalog read to say where a missing name is).
     */
    /**
     * A file checked as {@code validate FILE} checks it with no --env or --catalog: against the default
     * catalogs, or the one shipped catalog it was written for when the defaults do not know its names.
     */
    public Validation asWritten(Path file) {
        Validation validation = new MopValidator(bundled().valid().orElseThrow()).validate(file);
        return writtenFor(validation).map(context -> new MopValidator(context).validate(file)).orElse(validation);
    }

    /**
     * The shipped catalog to check a MOP against again, when checked against the default catalogs it
     * has errors and one shipped catalog knows all its names (a MOP written for systemd-ssh).
     */
    public Optional<ValidationContext> writtenFor(Validation underDefaults) {
        return underDefaults.hasErrors() ? underDefaults.mop().flatMap(this::shippedCatalogFor)
                .map(name -> forCatalog(name).valid().orElseThrow()) : Optional.empty();
    }

    public LoadResult<ValidationContext> bundled() {
        if (bundled == null) {
            bundled = readBundled();
        }
        return bundled;
    }

    private LoadResult<ValidationContext> readBundled() {
        List<Problem> problems = new ArrayList<>();
        List<Catalog> loaded = new ArrayList<>();
        for (String name : catalogs.bundledNames()) {
            LoadResult<Catalog> one = catalogs.load(name, Optional.empty());
            problems.addAll(one.problems());
            one.valid().ifPresent(loaded::add);
        }
        LoadResult<Catalog> primitives = catalogs.primitives();
        problems.addAll(primitives.problems());
        primitives.valid().ifPresent(loaded::add);
        Optional<ValidationContext> context = loaded.stream().reduce(Catalog::withFallback)
                .map(union -> new ValidationContext(union, "the default catalogs", Optional.empty(),
                        elsewhere(union)));
        return new LoadResult<>(context, problems);
    }
}
