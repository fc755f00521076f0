package io.mopstudio.model;

import java.util.Map;
import java.util.Optional;

/**
 * State captured before execution, available as {@code {{ pre_execution.<id> }}}: either a catalog
 * snapshot by name ({@code snapshot:}) or a primitive action ({@code action:}) whose output is read
 * at {@code observe}.
 */
public record Snapshot(String id, Optional<String> snapshot, Optional<String> action, Map<String, Object> params,
        Optional<String> observe, SourcePosition position) {

    public Snapshot {
        params = Params.copy(params);
    }
}
