package io.mopstudio.catalog;

import io.mopstudio.model.Params;
import java.util.Map;
import java.util.Optional;

/**
 * How a catalog entry is carried out: a primitive provider (such as {@code http.request}) and the
 * parameters to give it, templates over {@code params.*}, {@code env.*} and {@code incident.*}.
 * Without {@code params} the entry's own parameters are passed through unchanged, which is how the
 * primitives themselves appear in every catalog.
 */
public record PrimitiveCall(String primitive, Optional<Map<String, Object>> params) {

    public PrimitiveCall {
        params = params.map(Params::copy);
    }
}
