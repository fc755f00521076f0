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
}
