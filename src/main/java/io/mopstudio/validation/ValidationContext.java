package io.mopstudio.validation;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import java.util.Map;
import java.util.Optional;

/**
 * What a MOP is checked against: the catalog that gives its names meaning and, when one was chosen,
 * the environment whose variables {@code env.*} may use. {@code catalogLabel} names the catalog in
 * messages, e.g. "catalog 'connection-pool-http'" or "the default catalogs". {@code elsewhere} names,
 * for an action or check this catalog lacks, a shipped catalog that has it (filled for the default
 * catalogs, so that a MOP written for systemd-ssh is told where its names are).
 */
public record ValidationContext(Catalog catalog, String catalogLabel, Optional<Environment> environment,
        Map<String, String> elsewhere) {

    public ValidationContext {
        elsewhere = Map.copyOf(elsewhere);
    }

    public ValidationContext(Catalog catalog, String catalogLabel, Optional<Environment> environment) {
        this(catalog, catalogLabel, environment, Map.of());
    }
}
