package io.mopstudio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved file keeps its permissions, a new one gets the usual ones, and no temporary file is left. */
class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path mop = Files.writeString(temp.resolve("mop.yaml"), "old\n");
        Files.setPosixFilePermissions(mop, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFile.write(mop, "new\n");
        assertEquals("new\n", Files.readString(mop));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(mop)));
        assertEquals(List.of(mop), listed());
    }

    @Test
    void aNewFileIsAsAnyNewFileOfTheUserNotOwnerOnly() throws Exception {
        Path plain = Files.writeString(temp.resolve("plain.txt"), "x");
        Path mop = temp.resolve("new.yaml");
        AtomicFile.write(mop, "text\n");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(mop),
                "as a file created the ordinary way (the umask decides)");
        assertEquals(2, listed().size());
    }

    private List<Path> listed() throws Exception {
        try (var files = Files.list(temp)) {
            return files.sorted().toList();
        }
    }
}
