package io.mopstudio.cli;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.Problem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mop-studio validate FILE...}: every problem as FILE:LINE:COL: message; exit 0 valid, 1 not, 2 unreadable. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check MOP files for mistakes without running anything.%n"
                + "Exit codes: 0 all valid (warnings allowed), 1 problems found, 2 a file could not be read.")
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "MOP files to check")
    private List<Path> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MopLoader loader = new MopLoader();
        boolean unreadable = false;
        boolean invalid = false;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                unreadable = true;
                continue;
            }
            LoadResult<Mop> result = loader.load(file).result();
            result.problems().forEach(problem -> (problem.isError() ? err : out).println(problem));
            if (result.hasErrors()) {
                invalid = true;
                long errors = result.problems().stream().filter(Problem::isError).count();
                err.println(file + ": " + errors + (errors == 1 ? " error" : " errors"));
            } else {
                out.println(file + ": valid (" + result.value().map(ValidateCommand::describe).orElse("") + ")");
            }
        }
        out.flush();
        err.flush();
        return unreadable ? ExitCodes.USAGE : invalid ? ExitCodes.INVALID : ExitCodes.OK;
    }

    private static String describe(Mop mop) {
        return mop.mopId() + " v" + mop.version() + ": " + mop.preChecks().size() + " pre-checks, "
                + mop.executionGraph().size() + " steps, " + mop.validation().size() + " validation checks, "
                + mop.rollbackGraph().size() + " rollback steps";
    }
}
