package io.mopstudio.ui.run;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mopstudio.files.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Run dialog's last values per MOP, in {@code ~/.mop-studio/run-inputs.json}: the incident
 * fields, the environment and the operator, so a second run at 3 AM needs no retyping. Fields
 * whose names suggest a secret are never written. A file that cannot be read is ignored (the
 * dialog starts empty); one that cannot be written is reported, never fatal.
 */
public final class RememberedInputs {

    /** The values kept for one MOP. */
    public record Values(String environment, String operator, Map<String, String> incident) {

        public Values {
            incident = Map.copyOf(incident);
        }
    }

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|secret|token|api_?key|credential"
            + "|private_?key).*");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public RememberedInputs(Path file) {
        this.file = file;
    }

    /** {@code ~/.mop-studio/run-inputs.json}, or the file the {@code mopstudio.run-inputs} property names (tests). */
    public static RememberedInputs standard() {
        String given = System.getProperty("mopstudio.run-inputs", "");
        return new RememberedInputs(given.isBlank()
                ? Path.of(System.getProperty("user.home"), ".mop-studio", "run-inputs.json") : Path.of(given));
    }

    public Optional<Values> recall(String mopId) {
        return Optional.ofNullable(readAll().get(mopId));
    }

    /** Saves {@code values} for {@code mopId}; returns why not, if the file cannot be written. */
    public Optional<String> remember(String mopId, Values values) {
        Map<String, String> kept = new LinkedHashMap<>();
        values.incident().forEach((k, v) -> {
            if (!SECRET.matcher(k).matches()) {
                kept.put(k, v);
            }
        });
        Map<String, Values> all = new TreeMap<>(readAll());
        all.put(mopId, new Values(values.environment(), values.operator(), kept));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, JSON.writeValueAsString(all));
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Could not remember these values in " + file + ": " + e.getMessage());
        }
    }

    static boolean looksSecret(String field) {
        return SECRET.matcher(field).matches();
    }

    private Map<String, Values> readAll() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, Values> read = JSON.readValue(file.toFile(), new TypeReference<Map<String, Values>>() { });
            return read == null ? Map.of() : read;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
