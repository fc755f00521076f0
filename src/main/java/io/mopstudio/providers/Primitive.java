package io.mopstudio.providers;

import java.util.Map;
import java.util.Set;

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

    /**
     * Parameters that are a shell line (such as {@code script}): whoever renders templates into
     * them must quote every value for the shell ({@link ShellQuoting#quote}), so that a value is
     * always one word and never extra syntax.
     */
    default Set<String> shellLineParams() {
        return Set.of();
    }

    /**
     * Parameters that become a process's command line, which any user of the machine can read
     * ({@code ps}); secrets must travel on stdin or in the environment instead.
     */
    default Set<String> commandLineParams() {
        return Set.of();
    }
}
