package io.mopstudio.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * Which runs to list: empty texts match everything; {@code finalState} may be {@link #UNFINISHED}
 * for runs with no end recorded; started in {@code [from, until)}; {@code search} is looked for,
 * ignoring case, in the run id, MOP id and name, environment, operator and incident fields.
 */
public record RunQuery(String mop, String environment, String finalState, String operator, Optional<Instant> from,
        Optional<Instant> until, String search) {

    public static final String UNFINISHED = "UNFINISHED";
    public static final RunQuery ALL = new RunQuery("", "", "", "", Optional.empty(), Optional.empty(), "");

    public RunQuery withFinalState(String state) {
        return new RunQuery(mop, environment, state, operator, from, until, search);
    }
}
