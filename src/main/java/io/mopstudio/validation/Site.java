package io.mopstudio.validation;

import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Something in a MOP that names a catalog entry: a pre-check, a step, a validation check or a
 * snapshot. {@code label} is how messages name it, e.g. {@code step 'reset_pool'}.
 */
record Site(String label, Phase phase, CatalogEntry.Kind kind, String name, SourcePosition namePosition,
        List<ParamSite> params, boolean paramsReadable, Optional<String> stepId, Optional<Node> when) {

    /** When in a run the site is rendered, which decides what its templates may use. */
    enum Phase { PRE_CHECK, SNAPSHOT, EXECUTION, VALIDATION, ROLLBACK }

    Site {
        params = List.copyOf(params);
    }

    boolean hasParam(String param) {
        return params.stream().anyMatch(p -> p.name().equals(param));
    }

}
