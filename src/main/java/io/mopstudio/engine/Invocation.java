package io.mopstudio.engine;

import io.mopstudio.providers.PrimitiveResult;
import java.util.Map;

/**
 * One catalog entry carried out: the entry's parameters as rendered (for the audit and the screen),
 * the primitive's parameters as rendered from them, and the result.
 */
record Invocation(Map<String, Object> renderedParams, Map<String, Object> callParams, PrimitiveResult result) {
}
