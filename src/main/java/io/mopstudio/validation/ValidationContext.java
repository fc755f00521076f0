package io.mopstudio.validation;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import java.util.Optional;

/**
 * What a MOP is checked against: the catalog that gives its names meaning and, when one was chosen,
 * the environment whose variables {@code env.*} may use. {@code catalogLabel} names the catalog in
 * messages, e.g. "catalog 'connection-pool-http'" or "the default catalogs".
 */
public record ValidationContext(Catalog catalog, String catalogLabel, Optional<Environment> environment) {
}
