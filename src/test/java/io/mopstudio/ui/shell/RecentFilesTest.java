package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path temp;

    private Path file(String name) throws IOException {
        return Files.writeString(temp.resolve(name), "mop_id: X\n");
    }

    @Test
    void newestFirstWithoutRepeatsAndKeptForTheNextStart() throws IOException {
        Path settings = temp.resolve("settings");
        RecentFiles recent = new RecentFiles(settings);
        Path a = file("a.yaml");
        Path b = file("b.yaml");
        assertEquals(Optional.empty(), recent.remember(a));
        recent.remember(b);
        recent.remember(a);
        assertEquals(List.of(a, b), recent.entries());
        assertEquals(List.of(a, b), new RecentFiles(settings).entries());
    }

    @Test
    void keepsTheLastTen() throws IOException {
        RecentFiles recent = new RecentFiles(temp.resolve("settings"));
        for (int i = 0; i < 12; i++) {
            recent.remember(file(i + ".yaml"));
        }
        assertEquals(IntStream.iterate(11, i -> i >= 2, i -> i - 1).mapToObj(i -> temp.resolve(i + ".yaml")).toList(),
                recent.entries());
    }

    @Test
    void forgetsFilesThatHaveGone() throws IOException {
        RecentFiles recent = new RecentFiles(temp.resolve("settings"));
        Path kept = file("kept.yaml");
        Path gone = file("gone.yaml");
        recent.remember(kept);
        recent.remember(gone);
        Files.delete(gone);
        assertEquals(1, recent.forgetMissing());
        assertEquals(List.of(kept), new RecentFiles(temp.resolve("settings")).entries());
    }

    @Test
    void aListThatCannotBeWrittenSaysWhy() throws IOException {
        Path notADirectory = file("settings");
        Optional<String> problem = new RecentFiles(notADirectory).remember(file("a.yaml"));
        assertEquals(true, problem.orElseThrow().startsWith("Could not remember recent files"), problem.toString());
    }
}
