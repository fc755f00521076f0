package io.mopstudio.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the values behind an environment's credential references. Problems name the credential and
 * its reference, never a value.
 */
public final class SecretResolver {

    /** Shorter values would be masked inside ordinary words, so the output would be unreadable. */
    static final int MIN_LENGTH = 4;

    private final Map<String, String> processEnvironment;
    private final Path home;

    public SecretResolver(Map<String, String> processEnvironment, Path home) {
        this.processEnvironment = Map.copyOf(processEnvironment);
        this.home = home;
    }

    /** Reads from this process's environment and the user's home. */
    public static SecretResolver standard() {
        return new SecretResolver(System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    /** The values of {@code references} (credential name to {@code env:}/{@code file:} text), or why not. */
    public Resolution resolve(Map<String, String> references) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        references.forEach((name, text) -> {
            var reference = SecretReference.parse(text);
            if (reference.isEmpty()) {
                problems.add("credential '" + name + "' must be a reference such as env:PGPASSWORD or"
                        + " file:~/.secrets/pg; a value written into the environment file is refused");
                return;
            }
            try {
                String value = read(reference.get());
                if (value.length() < MIN_LENGTH) {
                    problems.add("credential '" + name + "' (" + reference.get() + ") is shorter than " + MIN_LENGTH
                            + " characters; too short to be kept out of logs reliably");
                } else {
                    values.put(name, value);
                }
            } catch (UnresolvedSecret e) {
                problems.add("credential '" + name + "' (" + reference.get() + "): " + e.getMessage());
            }
        });
        return new Resolution(new Secrets(values), List.copyOf(problems));
    }

    private String read(SecretReference reference) throws UnresolvedSecret {
        if (reference.source() == SecretReference.Source.ENV) {
            String value = processEnvironment.get(reference.location());
            if (value == null || value.isEmpty()) {
                throw new UnresolvedSecret("the variable " + reference.location() + " is not set");
            }
            return value;
        }
        Path file = expand(reference.location());
        try {
            // A trailing newline is how editors and `echo` end files, never part of a password.
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\r\n]+$", "");
        } catch (NoSuchFileException e) {
            throw new UnresolvedSecret("no file " + file);
        } catch (IOException e) {
            throw new UnresolvedSecret("cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    private Path expand(String location) {
        return location.startsWith("~/") ? home.resolve(location.substring(2)) : Path.of(location);
    }

    /** The resolved values and the problems; a run may start only when there are none. */
    public record Resolution(Secrets secrets, List<String> problems) {
    }

    private static final class UnresolvedSecret extends Exception {
        UnresolvedSecret(String message) {
            super(message);
        }
    }
}
