package io.mopstudio.ui.palette;

/** One draggable entry: an action or a check of the catalog, its group and what it does. */
public record PaletteItem(boolean check, String name, String category, String description) {

    /** What a drop carries: {@code action:NAME} or {@code check:NAME}. */
    public String dragText() {
        return (check ? "check:" : "action:") + name;
    }
}
