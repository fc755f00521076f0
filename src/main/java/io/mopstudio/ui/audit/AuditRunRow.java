package io.mopstudio.ui.audit;

import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.run.FinalStateStyle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One past run as the Audit table shows it; times in the local zone. {@code chain} is the hash
 * chain's verdict: {@link #VERIFIED}, {@link #BROKEN}, {@link #NOT_CHAINED}, or empty until known.
 */
public record AuditRunRow(String runId, String started, String mopId, String mop, String environment, String operator,
        String finalState, String duration, String chain, String chainDetail) {

    public static final String VERIFIED = "verified";
    public static final String BROKEN = "BROKEN";
    public static final String NOT_CHAINED = "not chained";

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static AuditRunRow of(RunSummary run) {
        return of(run, Optional.empty());
    }

    public static AuditRunRow of(RunSummary run, Optional<ChainVerdict> verdict) {
        return new AuditRunRow(run.runId(), STARTED.format(run.startedAt()), run.mopId(),
                run.mopId() + " v" + run.mopVersion() + " — " + run.mopName(),
                run.environment() + (run.demoEnvironment() ? " (demo)" : ""), run.operator(),
                run.finalState().orElse(FinalStateStyle.UNFINISHED),
                run.durationMillis().map(DurationText::of).orElse("—"),
                verdict.map(v -> switch (v.status()) {
                    case INTACT -> VERIFIED;
                    case BROKEN -> BROKEN;
                    case NOT_CHAINED -> NOT_CHAINED;
                }).orElse(""), verdict.map(ChainVerdict::describe).orElse(""));
    }
}
