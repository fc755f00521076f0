package io.mopstudio.ui.audit;

import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.run.FinalStateStyle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One past run as the Audit table shows it; times in the local zone. */
public record AuditRunRow(String runId, String started, String mop, String environment, String operator,
        String finalState, String duration) {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public static AuditRunRow of(RunSummary run) {
        return new AuditRunRow(run.runId(), STARTED.format(run.startedAt()),
                run.mopId() + " v" + run.mopVersion() + " — " + run.mopName(),
                run.environment() + (run.demoEnvironment() ? " (demo)" : ""), run.operator(),
                run.finalState().orElse(FinalStateStyle.UNFINISHED),
                run.durationMillis().map(DurationText::of).orElse("—"));
    }
}
