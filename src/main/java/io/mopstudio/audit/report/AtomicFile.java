package io.mopstudio.audit.report;

import io.mopstudio.audit.AuditStoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes an export whole or not at all: a temporary file beside it, moved into place. */
final class AtomicFile {

    private AtomicFile() {
    }

    static void write(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new AuditStoreException("Cannot write " + file + ": the directory " + directory + " does not exist.");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, ".export", ".tmp");
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new AuditStoreException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // Only a leftover temporary file.
        }
    }
}
