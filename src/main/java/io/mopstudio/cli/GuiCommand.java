package io.mopstudio.cli;

import java.nio.file.Files;
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
        Optional<String> refused = Optional.ofNullable(file).flatMap(GuiCommand::notOpenable);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("mop-studio gui: " + refused.get());
            return ExitCodes.USAGE;
        }
        if (!hasDisplay()) {
            spec.commandLine().getErr().println("mop-studio gui: no display found (DISPLAY is not set). "
                    + "The command line works without one: try 'mop-studio --help'.");
            return ExitCodes.USAGE;
        }
        try {
            io.mopstudio.ui.shell.MopStudioApp.launchWindow(Optional.ofNullable(file), audit.named(),
                    audit.credentials());
        } catch (RuntimeException e) {
            Optional<String> missing = missingToolkit(e);
            if (missing.isEmpty()) {
                throw e;
            }
            spec.commandLine().getErr().println("mop-studio gui: " + missing.get());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }

    /**
     * Why FILE can be neither opened nor started as a new MOP: a folder (it opened as an empty MOP), or a
     * new file in a folder that does not exist (it said the file was empty; Save could not have written it).
     */
    static Optional<String> notOpenable(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.of(file + " is a directory, not a MOP file");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.notExists(file) && folder != null && !Files.isDirectory(folder)) {
            return Optional.of("no such file " + file + ", and no folder " + folder + " to start a new MOP in");
        }
        return Optional.empty();
    }

    /**
     * JavaFX draws Linux windows through GTK 3, which it opens at run time; without it JavaFX only says
     * "Unable to load glass GTK library". This turns that into what to install.
     */
    static Optional<String> missingToolkit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("glass GTK")) {
                return Optional.of("the window needs GTK 3, which is not installed here "
                        + "(Debian/Ubuntu: apt-get install libgtk-3-0; Fedora: dnf install gtk3). "
                        + "The command line works without it: try 'mop-studio --help'.");
            }
        }
        return Optional.empty();
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
