package io.mopstudio.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mop-studio gui [FILE]}: opens the window, with FILE loaded if given. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the MOP Studio window.")
public final class GuiCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "MOP file to open; one that does not exist yet starts a new MOP saved there")
    private Path file;

    @Mixin
    private AuditDbOption audit;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!hasDisplay()) {
            spec.commandLine().getErr().println("mop-studio gui: no display found (DISPLAY is not set). "
                    + "The command line works without one: try 'mop-studio --help'.");
            return ExitCodes.USAGE;
        }
        io.mopstudio.ui.shell.MopStudioApp.launchWindow(Optional.ofNullable(file), audit.named(), audit.credentials());
        return ExitCodes.OK;
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux")) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equals(System.getProperty("glass.platform"));
    }
}
