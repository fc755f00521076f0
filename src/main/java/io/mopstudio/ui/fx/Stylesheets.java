package io.mopstudio.ui.fx;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Scene;

/**
 * Where the window's look comes from: {@code styles/mop-studio.css} on the class path, with the
 * theme's overlay sheets after it (later sheets win, so a dark overlay only restates colours).
 */
public final class Stylesheets {

    private static final String MAIN = "/styles/mop-studio.css";

    private Stylesheets() {
    }

    public static void apply(Scene scene) {
        apply(scene, Theme.LIGHT);
    }

    /** Replaces the scene's sheets with the main one and {@code theme}'s overlays. */
    public static void apply(Scene scene, Theme theme) {
        List<String> sheets = new ArrayList<>();
        sheets.add(url(MAIN));
        theme.overlays().forEach(sheet -> sheets.add(url(sheet)));
        scene.getStylesheets().setAll(sheets);
    }

    private static String url(String resource) {
        URL url = Objects.requireNonNull(Stylesheets.class.getResource(resource), resource + " is missing from the jar");
        return url.toExternalForm();
    }
}
