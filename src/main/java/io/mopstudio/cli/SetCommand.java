package io.mopstudio.cli;

import io.mopstudio.files.AtomicFile;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContext;
import io.mopstudio.validation.ValidationContexts;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.edit.EditException;
import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.MopEditor;
import io.mopstudio.yaml.edit.Patch;
import io.mopstudio.yaml.edit.ReplaceText;
import io.mopstudio.yaml.edit.SetValue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mop-studio set FILE [PATH VALUE]}: changes one value with the smallest change to the file,
 * validates the result, and writes it only if it is valid (atomically), so a bad edit leaves the
 * file untouched.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Change one value of a MOP file, keeping every other byte (comments, quoting, order).%n"
                + "PATH: keys joined by dots; list items by their id, check or name, or [index], e.g.%n"
                + "  execution_graph.reset_pool.params.initial_size%n"
                + "  validation.connection_wait_time.threshold_ms%n"
                + "  pre_checks[1].abort_on_fail%n"
                + "VALUE is YAML (30, true, \"text\", [a, b]). With no PATH the file is rewritten through the same"
                + " path (no change expected).%n"
                + "The result is validated first (as validate does); the file is only written if it has no errors.%n"
                + "Exit codes: 0 written, 1 the edit or its result is invalid (file untouched), 2 usage or unreadable file.")
public final class SetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The MOP file to change")
    private Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", description = "What to change")
    private Optional<String> path;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE", description = "The new value, as YAML")
    private Optional<String> value;

    @Option(names = "--env", paramLabel = "NAME|PATH", description = "Validate against this environment")
    private Optional<String> environment;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (path.isPresent() != value.isPresent()) {
                err.println("mop-studio set: give both PATH and VALUE, or neither to rewrite the file unchanged");
                return ExitCodes.USAGE;
            }
            Optional<String> original = read(file, err);
            if (original.isEmpty()) {
                return ExitCodes.USAGE;
            }
            MopEdit edit = path.isPresent() ? new SetValue(path.get(), value.get()) : new ReplaceText(Patch.NONE);
            String edited = new MopEditor().apply(original.get(), file.toString(), edit).text();
            LoadResult<ValidationContext> context = new ValidationContexts().chosen(environment);
            if (context.valid().isEmpty()) {
                context.problems().forEach(err::println);
                return ExitCodes.USAGE;
            }
            Validation validation = new MopValidator(context.valid().get()).validate(edited, file.toString());
            if (validation.hasErrors()) {
                validation.problems().stream().filter(Problem::isError).forEach(err::println);
                err.println(file + ": not changed: the result would not be valid");
                return ExitCodes.INVALID;
            }
            AtomicFile.write(file, edited);
            out.println(file + ": " + (edited.equals(original.get()) ? "unchanged" : "set " + path.orElse("")));
            return ExitCodes.OK;
        } catch (EditException e) {
            err.println(file + ": not changed: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IOException e) {
            err.println(file + ": cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Optional<String> read(Path file, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            err.println(file + ": the file is not UTF-8 text");
        } catch (IOException e) {
            err.println(file + ": cannot read: " + (Files.exists(file) ? e.getMessage() : "no such file"));
        }
        return Optional.empty();
    }
}
