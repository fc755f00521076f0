package io.mopstudio.cli;

import io.mopstudio.model.Mop;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContext;
import io.mopstudio.validation.ValidationContexts;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mop-studio validate FILE...}: every finding as FILE:LINE:COL: message, or as JSON for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check MOP files for mistakes without running anything: YAML, structure, graph, catalog"
                + " names and parameters, template variables.%n"
                + "Without --env or --catalog, names are checked against the default catalog"
                + " (connection-pool-http, as the demo) plus the primitives (shell.run, http.request), or, for a"
                + " file that names actions the default catalog lacks, against the one shipped catalog that has"
                + " them all (as the window does, and said); env.* variables are not checked.%n"
                + "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable file.")
public final class ValidateCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Output { text, json }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "MOP files to check")
    private List<Path> files;

    @Option(names = "--env", paramLabel = "NAME|PATH",
            description = "Check against this environment's catalog and variables (a bundled name such as demo,"
                    + " or an environment file)")
    private Optional<String> environment;

    @Option(names = "--catalog", paramLabel = "NAME|PATH",
            description = "Check against this catalog alone, with the primitives, before an environment uses it"
                    + " (a shipped name: connection-pool-http, pgbouncer-postgresql, systemd-ssh, kubernetes,"
                    + " prometheus-thresholds; or a catalog file)")
    private Optional<String> catalog;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text",
            description = "text (FILE:LINE:COL: message, default) or json (one object on stdout, for CI)")
    private Output output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (environment.isPresent() && catalog.isPresent()) {
            err.println("Give --env or --catalog, not both: an environment names its own catalog.");
            err.flush();
            return ExitCodes.USAGE;
        }
        ValidationContexts contexts = new ValidationContexts();
        LoadResult<ValidationContext> context = catalog.map(contexts::forCatalog)
                .orElseGet(() -> contexts.chosen(environment));
        if (context.valid().isEmpty()) {
            context.problems().forEach(err::println);
            err.flush();
            return ExitCodes.USAGE;
        }
        MopValidator validator = new MopValidator(context.valid().get());
        List<FileFindings> results = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                Problem missing = Files.isDirectory(file)
                        ? Problem.error(SourcePosition.unknown(file.toString()), "io.not_a_file",
                                "is a directory, not a MOP file")
                        : Problem.error(SourcePosition.unknown(file.toString()), "io.not_found", "no such file");
                results.add(new FileFindings(file, true, List.of(missing), Optional.empty(),
                        context.valid().get().catalogLabel(), false));
                continue;
            }
            Validation validation = validator.validate(file);
            String checkedAgainst = context.valid().get().catalogLabel();
            Optional<ValidationContext> fitting = catalog.isEmpty() && environment.isEmpty()
                    ? contexts.writtenFor(validation) : Optional.empty();
            if (fitting.isPresent()) {
                // As the window does: a MOP written for systemd-ssh is checked against systemd-ssh.
                ValidationContext written = fitting.get();
                validation = new MopValidator(written).validate(file);
                checkedAgainst = written.catalogLabel();
            }
            boolean unreadable = validation.problems().stream().anyMatch(p -> p.rule().startsWith("io."));
            results.add(new FileFindings(file, unreadable, validation.problems(), validation.mop(), checkedAgainst,
                    fitting.isPresent()));
        }
        if (output == Output.json) {
            out.println(FindingsJson.write(context.valid().get().catalogLabel(), results));
        } else {
            results.forEach(result -> printText(result, out, err));
        }
        out.flush();
        err.flush();
        if (results.stream().anyMatch(FileFindings::unreadable)) {
            return ExitCodes.USAGE;
        }
        return results.stream().anyMatch(FileFindings::hasErrors) ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private static void printText(FileFindings result, PrintWriter out, PrintWriter err) {
        if (result.catalogChosenForIt()) {
            out.println(result.file() + ": checked against " + result.catalog()
                    + ", which has every action and check it names (the default catalogs do not)");
        }
        result.findings().forEach(problem -> (problem.isError() ? err : out).println(problem));
        long errors = result.errorCount();
        if (errors > 0) {
            err.println(result.file() + ": " + errors + (errors == 1 ? " error" : " errors"));
        } else {
            out.println(result.file() + ": valid (" + result.mop().map(ValidateCommand::describe).orElse("") + ")");
        }
    }

    private static String describe(Mop mop) {
        return mop.mopId() + " v" + mop.version() + ": " + count(mop.preChecks().size(), "pre-check") + ", "
                + count(mop.executionGraph().size(), "step") + ", " + count(mop.validation().size(), "validation check")
                + ", " + count(mop.rollbackGraph().size(), "rollback step");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
