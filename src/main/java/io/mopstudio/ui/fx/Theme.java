package io.mopstudio.ui.fx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The window's look: light, or dark which lays {@code mop-studio-dark.css} over the light sheet. */
public enum Theme {
    LIGHT(List.of()),
    DARK(List.of("/styles/mop-studio-dark.css"));

    private final List<String> overlays;

    Theme(List<String> overlays) {
        this.overlays = overlays;
    }

    /** The stylesheets added after the main one. */
    List<String> overlays() {
        return overlays;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** "light" or "dark", as persisted and as given on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> fromKey(String key) {
        for (Theme theme : values()) {
            if (theme.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
