package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.ui.fx.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeSettingTest {

    @TempDir
    Path temp;

    @Test
    void lightUntilDarkIsSavedThenDarkOnTheNextStart() {
        Path settings = temp.resolve("settings");
        assertEquals(Theme.LIGHT, new ThemeSetting(settings).load());
        assertEquals(Optional.empty(), new ThemeSetting(settings).save(Theme.DARK));
        assertEquals(Theme.DARK, new ThemeSetting(settings).load());
    }

    @Test
    void anUnknownWordIsLight() throws IOException {
        Files.writeString(temp.resolve(ThemeSetting.FILE_NAME), "solarized\n");
        assertEquals(Theme.LIGHT, new ThemeSetting(temp).load());
    }
}
