package io.mopstudio.ui.fx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Desktop notifications through {@code notify-send} (libnotify), which most Linux desktops have and
 * where java.awt.SystemTray often is not. The text goes as separate arguments, never through a shell.
 */
public final class NotifySend implements DesktopNotifier {

    private static final String APP_NAME = "MOP Studio";

    private final Path executable;

    NotifySend(Path executable) {
        this.executable = executable;
    }

    /** The {@code notify-send} on {@code searchPath} (a PATH value), if there is one. */
    public static Optional<NotifySend> find(String searchPath) {
        return Arrays.stream(Objects.requireNonNullElse(searchPath, "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "notify-send"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(NotifySend::new);
    }

    @Override
    public void notify(String title, String message) {
        List<String> command = List.of(executable.toString(), "--app-name=" + APP_NAME, "--urgency=critical",
                title, message);
        try {
            // Not waited for: a desktop without a notification service must not hold the window.
            new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException e) {
            // The banner and the title still say it; a missing notification is not worth an error dialog.
        }
    }
}
