package io.mopstudio.yaml;

import java.util.HashSet;
import java.util.Set;

/**
 * A step's own settings, written beside its {@code id}, {@code action} and {@code params}: what the
 * reader accepts on a step, and what a rule recognises when one is written under params by mistake.
 */
public final class StepSettings {

    /** The settings of an execution step. */
    public static final Set<String> EXECUTION = Set.of("depends_on", "on_failure", "description", "timeout",
            "retries", "when", "blast_radius");
    /** A rollback step's: an execution step's and the forward steps it undoes. */
    public static final Set<String> ROLLBACK = with(EXECUTION, "compensates");

    private StepSettings() {
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(Set.of(more));
        return Set.copyOf(out);
    }
}
