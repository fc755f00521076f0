package io.mopstudio.engine;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.environment.Environment;
import io.mopstudio.model.Mop;
import java.util.Map;

/**
 * Everything a run needs: the MOP and the exact text it was loaded from (hashed into the audit),
 * where it runs, the incident that triggered it, and who started it.
 */
public record RunRequest(
        Mop mop,
        String mopText,
        String mopFile,
        Environment environment,
        Catalog catalog,
        Map<String, String> incident,
        String operator) {

    public RunRequest {
        incident = Map.copyOf(incident);
    }

    /** The incident values with each declared input's default filled in where none was given. */
    public RunRequest withInputDefaults() {
        Map<String, String> merged = new java.util.LinkedHashMap<>(incident);
        mop.inputs().forEach(input -> input.defaultValue().ifPresent(d -> {
            String given = merged.get(input.name());
            if (given == null || given.isBlank()) {
                merged.put(input.name(), d);
            }
        }));
        return new RunRequest(mop, mopText, mopFile, environment, catalog, merged, operator);
    }
}
