package io.mopstudio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each subcommand is its own class. */
@Command(name = "mop-studio", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Build, run and review MOPs: runbooks safe enough to run at 3 AM.",
        subcommands = {GuiCommand.class, ValidateCommand.class, SetCommand.class, RunCommand.class, AuditCommand.class, RenderCommand.class,
                LabCommand.class, CommandLine.HelpCommand.class})
public final class MopStudioCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line as every entry point and test uses it: usage errors exit 2, defects exit 1 with no stack trace. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new MopStudioCommand());
        cmd.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("mop-studio: internal error: " + exception);
            err.println("This is a defect in MOP Studio; please report it with the command you ran.");
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        return cmd;
    }
}
