package io.mopstudio.secrets;

import java.util.Optional;

/**
 * Where a credential's value lives, as an environment file writes it: {@code env:NAME} (a variable
 * of MOP Studio's own process) or {@code file:PATH} (a file; {@code ~/} is the user's home). Only
 * the reference is ever written down; the value is read when a run is set up.
 */
public record SecretReference(Source source, String location) {

    public enum Source { ENV, FILE }

    /** The reference, or empty when {@code text} is neither {@code env:NAME} nor {@code file:PATH}. */
    public static Optional<SecretReference> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("env:") && trimmed.length() > 4) {
            String name = trimmed.substring(4);
            return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? Optional.of(new SecretReference(Source.ENV, name))
                    : Optional.empty();
        }
        if (trimmed.startsWith("file:") && trimmed.length() > 5) {
            return Optional.of(new SecretReference(Source.FILE, trimmed.substring(5)));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return (source == Source.ENV ? "env:" : "file:") + location;
    }
}
