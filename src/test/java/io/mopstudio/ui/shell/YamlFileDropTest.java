package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlFileDropTest {

    @TempDir
    Path temp;

    @Test
    void takesTheFirstYamlFileAmongThoseDropped() throws IOException {
        File notes = Files.writeString(temp.resolve("notes.txt"), "x").toFile();
        File folder = Files.createDirectory(temp.resolve("dir.yaml")).toFile();
        File mop = Files.writeString(temp.resolve("MOP-1.YML"), "x").toFile();
        File other = Files.writeString(temp.resolve("MOP-2.yaml"), "x").toFile();
        assertEquals(Optional.of(mop.toPath()), YamlFileDrop.yamlFile(List.of(notes, folder, mop, other)));
    }

    @Test
    void ignoresDropsWithoutYaml() throws IOException {
        File notes = Files.writeString(temp.resolve("notes.txt"), "x").toFile();
        assertEquals(Optional.empty(), YamlFileDrop.yamlFile(List.of(notes)));
    }
}
