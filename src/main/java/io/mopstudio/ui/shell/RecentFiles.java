package io.mopstudio.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last {@value #MOST} MOP files opened or saved, newest first, kept as one path a line in
 * {@code recent-files.txt} in the settings directory so that Open Recent survives a restart.
 */
final class RecentFiles {

    static final int MOST = 10;
    static final String FILE_NAME = "recent-files.txt";

    private final Path file;
    private final ObservableList<Path> entries = FXCollections.observableArrayList();

    /** Reads the list from {@code settingsDir}; a missing or unreadable list starts empty. */
    RecentFiles(Path settingsDir) {
        this.file = settingsDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                        .map(Path::of).distinct().limit(MOST).forEach(entries::add);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged list only costs the user their recent files; the window still opens.
            entries.clear();
        }
    }

    /** Newest first; read-only, changes go through {@link #remember} and {@link #forget}. */
    ObservableList<Path> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** Puts {@code opened} first; the reason when the list could not be written. */
    Optional<String> remember(Path opened) {
        Path path = opened.toAbsolutePath().normalize();
        entries.remove(path);
        entries.add(0, path);
        if (entries.size() > MOST) {
            entries.remove(MOST, entries.size());
        }
        return write();
    }

    /** Drops the files that no longer exist; how many went, for the message. */
    int forgetMissing() {
        List<Path> missing = entries.stream().filter(p -> !Files.isRegularFile(p)).toList();
        entries.removeAll(missing);
        write();
        return missing.size();
    }

    private Optional<String> write() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.write(temp, entries.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not remember recent files in " + file + ": " + e.getMessage());
        }
    }
}
