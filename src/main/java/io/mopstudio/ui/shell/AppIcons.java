package io.mopstudio.ui.shell;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;

/** The application icon (rendered from installers/icons) at the sizes window managers pick from. */
final class AppIcons {

    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    static List<Image> all() {
        return SIZES.stream().map(AppIcons::ofSize).toList();
    }

    static Image ofSize(int size) {
        String path = "/icons/mop-studio-" + size + ".png";
        InputStream in = Objects.requireNonNull(AppIcons.class.getResourceAsStream(path), path + " is missing from the jar");
        return new Image(in);
    }
}
