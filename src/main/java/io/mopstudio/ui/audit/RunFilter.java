package io.mopstudio.ui.audit;

import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.run.FinalStateStyle;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which runs the Audit table shows. Empty choices match everything; the dates are whole local
 * days, both included; the search matches any of the run's words (id, MOP, environment, operator,
 * incident values, final state), ignoring case.
 */
public record RunFilter(String mop, String environment, String finalState, String operator, Optional<LocalDate> from,
        Optional<LocalDate> to, String search) {

    public static final RunFilter ALL = new RunFilter("", "", "", "", Optional.empty(), Optional.empty(), "");

    public boolean matches(RunSummary run, ZoneId zone) {
        LocalDate day = run.startedAt().atZone(zone).toLocalDate();
        return choice(mop, run.mopId()) && choice(environment, run.environment())
                && choice(finalState, run.finalState().orElse(FinalStateStyle.UNFINISHED))
                && choice(operator, run.operator())
                && from.map(d -> !day.isBefore(d)).orElse(true) && to.map(d -> !day.isAfter(d)).orElse(true)
                && searched(run);
    }

    private static boolean choice(String wanted, String value) {
        return wanted.isEmpty() || wanted.equals(value);
    }

    private boolean searched(RunSummary run) {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return true;
        }
        return Stream.concat(Stream.of(run.runId(), run.mopId(), run.mopName(), run.environment(), run.operator(),
                        run.finalState().orElse(FinalStateStyle.UNFINISHED)), run.incident().values().stream())
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }
}
