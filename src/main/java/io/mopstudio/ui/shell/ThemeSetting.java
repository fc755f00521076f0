package io.mopstudio.ui.shell;

import io.mopstudio.ui.fx.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The theme chosen last, kept as one word in {@code theme.txt} beside the recent files. */
final class ThemeSetting {

    static final String FILE_NAME = "theme.txt";

    private final Path file;

    ThemeSetting(Path settingsDir) {
        this.file = settingsDir.resolve(FILE_NAME);
    }

    /** Light unless dark was chosen and saved. */
    Theme load() {
        try {
            return Files.isRegularFile(file) ? Theme.fromKey(Files.readString(file, StandardCharsets.UTF_8))
                    .orElse(Theme.LIGHT) : Theme.LIGHT;
        } catch (IOException e) {
            return Theme.LIGHT;
        }
    }

    /** The reason when it could not be saved (the window keeps the theme for this session anyway). */
    Optional<String> save(Theme theme) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, theme.key() + "\n", StandardCharsets.UTF_8);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not save the theme in " + file + ": " + e.getMessage());
        }
    }
}
