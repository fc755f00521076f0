package io.mopstudio.ui.builder;

import javafx.scene.input.KeyCombination;

/**
 * One keyboard shortcut as the Shortcuts sheet lists it: the keys, what they do, and where they work
 * ({@link ShortcutRegistry#WINDOW} for the scene's accelerators, otherwise the control that handles them).
 */
public record Shortcut(KeyCombination keys, String does, String where) {

    /** The keys as the platform writes them, e.g. "Ctrl+Shift+S". */
    public String keysText() {
        return keys.getDisplayText();
    }
}
