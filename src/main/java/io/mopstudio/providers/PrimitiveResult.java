package io.mopstudio.providers;

import io.mopstudio.model.Params;
import java.util.Map;

/**
 * What a primitive call gave: whether it succeeded by the primitive's own rule, its structured
 * output (for {@code observe} paths and {@code steps.X.output}), a one-line summary for humans,
 * and {@code primary}, the value a check shows when it observes nothing in particular.
 */
public record PrimitiveResult(boolean succeeded, Map<String, Object> output, String summary, String primary) {

    public PrimitiveResult {
        output = Params.copy(output);
    }
}
