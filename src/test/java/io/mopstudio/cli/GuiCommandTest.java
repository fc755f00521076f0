package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuiCommandTest {

    @TempDir
    Path temp;

    @Test
    void aFolderOrANewFileInAMissingFolderIsRefusedBeforeAnyWindowOpens() throws Exception {
        CliRunTest.Outcome folder = CliRunTest.cli("gui", temp.toString());
        assertEquals(2, folder.code());
        assertEquals("mop-studio gui: " + temp + " is a directory, not a MOP file", folder.err().strip());

        Path lost = temp.resolve("no-such-folder").resolve("x.yaml");
        CliRunTest.Outcome missing = CliRunTest.cli("gui", lost.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no folder " + lost.getParent()), missing.err());

        Path existing = Files.writeString(temp.resolve("m.yaml"), "mop_id: X\n");
        assertEquals(Optional.empty(), GuiCommand.notOpenable(existing));
        assertEquals(Optional.empty(), GuiCommand.notOpenable(temp.resolve("new.yaml")), "a new MOP to be saved there");
    }

    @Test
    void javaFxMissingGtkIsExplainedAsWhatToInstall() {
        // The exception JavaFX throws from Application.launch when libgtk-3 cannot be opened.
        RuntimeException fromLaunch = new RuntimeException("Application launch failed",
                new UnsupportedOperationException("Unable to load glass GTK library."));
        String said = GuiCommand.missingToolkit(fromLaunch).orElseThrow();
        assertTrue(said.contains("GTK 3") && said.contains("libgtk-3-0") && said.contains("mop-studio --help"), said);
    }

    @Test
    void otherFailuresAreNotDisguisedAsAMissingToolkit() {
        assertEquals(Optional.empty(), GuiCommand.missingToolkit(new IllegalStateException("Toolkit already initialized")));
        assertEquals(Optional.empty(), GuiCommand.missingToolkit(new RuntimeException((String) null)));
    }
}
