package io.mopstudio.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A MOP to start from: a YAML file under {@code templates/} on the class path whose comments say what
 * to fill in. Every bundled template validates (see its test) against the catalog it names, or, when
 * it names none, against the catalogs {@code mop-studio validate} checks by default.
 */
public record MopTemplate(String id, String title, String resource, Optional<String> catalog) {

    /** Blank first: it is what New gives without a choice. */
    public static final List<MopTemplate> BUNDLED = List.of(
            new MopTemplate("blank", "Blank MOP", "/templates/blank.yaml", Optional.empty()),
            new MopTemplate("restart-service", "Restart a service", "/templates/restart-service.yaml",
                    Optional.of("systemd-ssh")),
            new MopTemplate("kubernetes-rollout-restart", "Kubernetes rollout restart",
                    "/templates/kubernetes-rollout-restart.yaml", Optional.of("kubernetes")),
            new MopTemplate("db-pool-recovery", "DB connection pool recovery", "/templates/db-pool-recovery.yaml",
                    Optional.empty()));

    public static MopTemplate blank() {
        return BUNDLED.get(0);
    }

    /** The template's text, comments included, as the new document starts. */
    public String text() {
        try (InputStream in = Objects.requireNonNull(MopTemplate.class.getResourceAsStream(resource),
                resource + " is missing from the jar")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
