package io.mopstudio.model;

import java.util.List;
import java.util.Map;

/** One action in the execution graph or the rollback graph. */
public record Step(
        String id,
        String action,
        Map<String, Object> params,
        List<String> dependsOn,
        OnFailure onFailure,
        SourcePosition position) {

    public Step {
        params = Params.copy(params);
        dependsOn = List.copyOf(dependsOn);
    }
}
