package io.mopstudio.providers;

import java.util.Map;

/**
 * One way to act on a real system (an HTTP request, a local command, ...). Named actions and
 * checks in catalogs are carried out by exactly one primitive call each.
 */
public interface Primitive {

    /** The name catalogs use, e.g. {@code http.request}. */
    String name();

    /**
     * Carries out one call. A failure of the target system (refused connection, unexpected
     * status, non-zero exit) is a result that did not succeed; bad parameters are a
     * {@link PrimitiveException}. Interruption cancels the work.
     */
    PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException;
}
