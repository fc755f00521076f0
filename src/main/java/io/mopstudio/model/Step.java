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
        StepOptions options,
        SourcePosition position) {

    public Step {
        params = Params.copy(params);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A step with no optional settings, as the seed writes them. */
    public Step(String id, String action, Map<String, Object> params, List<String> dependsOn, OnFailure onFailure,
            SourcePosition position) {
        this(id, action, params, dependsOn, onFailure, StepOptions.NONE, position);
    }
}
