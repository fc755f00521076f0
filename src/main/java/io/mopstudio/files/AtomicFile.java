package io.mopstudio.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a file by writing a temporary file beside it and moving it into place, so a crash leaves
 * either the old file or the new one, never half of one. The file keeps its permissions; a new one
 * gets the user's usual ones (the umask), as any editor's: a temporary file of the JDK's own is
 * owner-only, and every saved MOP came out {@code -rw-------}.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createFile(target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID()
                + ".tmp"));
        try {
            Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): its files carry no such bits to keep.
        }
    }
}
