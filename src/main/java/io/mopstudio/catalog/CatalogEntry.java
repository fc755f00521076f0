package io.mopstudio.catalog;

import io.mopstudio.model.SourcePosition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named action, check or snapshot: its parameters and how it is carried out. Checks also say
 * which part of the primitive's output is observed ({@code observe}, a dotted path such as
 * {@code json.state}) and what it must be; without an expectation a check passes when the
 * primitive succeeds (HTTP status as expected, exit code 0). Actions may carry a
 * {@link BlastRadius} estimate.
 */
public record CatalogEntry(
        Kind kind,
        String name,
        String description,
        Map<String, ParamDef> params,
        PrimitiveCall call,
        Optional<String> observe,
        Optional<Expectation> expect,
        SourcePosition position,
        Optional<BlastRadius> blastRadius) {

    public enum Kind { ACTION, CHECK, SNAPSHOT }

    public CatalogEntry {
        params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }

    /** An entry without a blast-radius estimate. */
    public CatalogEntry(Kind kind, String name, String description, Map<String, ParamDef> params, PrimitiveCall call,
            Optional<String> observe, Optional<Expectation> expect, SourcePosition position) {
        this(kind, name, description, params, call, observe, expect, position, Optional.empty());
    }

    public List<ParamDef> requiredParams() {
        return params.values().stream().filter(p -> p.required() && p.defaultValue().isEmpty()).toList();
    }
}
