package io.mopstudio.ui.builder;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * The window's keyboard shortcuts in one place: {@link #install} both puts an accelerator on the
 * scene and records it for the Shortcuts sheet, so the sheet cannot list a shortcut that does not
 * exist or miss one that does. Keys a focused control handles itself (the canvas, the YAML text) are
 * {@link #note noted} with where they work.
 */
public final class ShortcutRegistry {

    public static final String WINDOW = "Window";

    private final Scene scene;
    private final List<Shortcut> shortcuts = new ArrayList<>();

    public ShortcutRegistry(Scene scene) {
        this.scene = scene;
    }

    public void install(KeyCombination keys, String does, Runnable action) {
        scene.getAccelerators().put(keys, action);
        shortcuts.add(new Shortcut(keys, does, WINDOW));
    }

    /** A shortcut handled by a control while it has the focus, listed but not installed here. */
    public void note(KeyCombination keys, String does, String where) {
        shortcuts.add(new Shortcut(keys, does, where));
    }

    /** In the order they were installed or noted. */
    public List<Shortcut> all() {
        return List.copyOf(shortcuts);
    }
}
