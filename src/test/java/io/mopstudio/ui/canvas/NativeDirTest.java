package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the V8 engine's native library goes: the installers' launcher names the folder. */
class NativeDirTest {

    private final String saved = System.getProperty(AutoLayout.NATIVE_DIR_PROPERTY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(AutoLayout.NATIVE_DIR_PROPERTY);
        } else {
            System.setProperty(AutoLayout.NATIVE_DIR_PROPERTY, saved);
        }
    }

    @Test
    void theLaunchersFolderWinsOverTheUsersHome() {
        System.setProperty(AutoLayout.NATIVE_DIR_PROPERTY, "/opt/mop-studio/lib/app");
        assertEquals(Path.of("/opt/mop-studio/lib/app"), AutoLayout.defaultNativeDir());
    }

    @Test
    void unsetOrBlankMeansTheUsersHome() {
        Path home = Path.of(System.getProperty("user.home"), ".mop-studio", "native");
        System.clearProperty(AutoLayout.NATIVE_DIR_PROPERTY);
        assertEquals(home, AutoLayout.defaultNativeDir());
        System.setProperty(AutoLayout.NATIVE_DIR_PROPERTY, "  ");
        assertEquals(home, AutoLayout.defaultNativeDir());
    }
}
