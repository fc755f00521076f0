package io.mopstudio.ui.fx;

import java.net.URL;
import java.util.Objects;
import javafx.scene.Scene;

/** Where the window's look comes from: one stylesheet, {@code styles/mop-studio.css} on the class path. */
public final class Stylesheets {

    private static final String MAIN = "/styles/mop-studio.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        URL url = Objects.requireNonNull(Stylesheets.class.getResource(MAIN), MAIN + " is missing from the jar");
        scene.getStylesheets().add(url.toExternalForm());
    }
}
