package io.mopstudio.ui.audit;

import io.mopstudio.audit.RunQuery;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which runs the Audit table shows. Empty choices match everything; the dates are whole local
 * days, both included; the search matches any of the run's words (id, MOP, environment, operator,
 * incident values), ignoring case. The store does the matching ({@link RunQuery}), so the table
 * never holds more than a page of runs.
 */
public record RunFilter(String mop, String environment, String finalState, String operator, Optional<LocalDate> from,
        Optional<LocalDate> to, String search) {

    public static final RunFilter ALL = new RunFilter("", "", "", "", Optional.empty(), Optional.empty(), "");

    /** The same filter for the store, the local days turned into instants in {@code zone}. */
    public RunQuery query(ZoneId zone) {
        return new RunQuery(mop, environment, finalState, operator, from.map(d -> d.atStartOfDay(zone).toInstant()),
                to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), search);
    }
}
