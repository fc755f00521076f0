package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GuiCommandTest {

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
