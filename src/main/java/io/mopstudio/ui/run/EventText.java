package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** One readable line per engine event, as the window's log shows it (the time is added by the log). */
public final class EventText {

    private static final int MAX_VALUE_CHARS = 120;

    private EventText() {
    }

    public static String of(RunEvent event) {
        if (event instanceof RunStarted e) {
            return "Run " + e.runId() + " started: " + e.mopId() + " v" + e.mopVersion() + " on " + e.environment()
                    + (e.demoEnvironment() ? " (demo lab)" : "") + " for " + incident(e.incident()) + " by "
                    + e.operator();
        }
        if (event instanceof PhaseStarted e) {
            return "Phase: " + phase(e.phase());
        }
        if (event instanceof CheckEvaluated e) {
            return check(e);
        }
        if (event instanceof SnapshotCaptured e) {
            return "Snapshot " + e.name() + " = " + clip(String.valueOf(e.value()));
        }
        if (event instanceof StepStarted e) {
            return graph(e.graph()) + " " + e.stepId() + " started: " + e.action() + " "
                    + clip(String.valueOf(e.params())) + (e.attempt() > 1 ? " (attempt " + e.attempt() + ")" : "");
        }
        if (event instanceof StepFinished e) {
            boolean timed = e.status() == StepStatus.SUCCEEDED || e.status() == StepStatus.FAILED;
            return graph(e.graph()) + " " + e.stepId() + " " + stepStatus(e.graph(), e.status())
                    + (timed ? " in " + DurationText.of(e.durationMillis()) : "")
                    + (blank(e.message()) ? "" : ": " + clip(e.message()));
        }
        if (event instanceof StepAttemptFailed e) {
            return graph(e.graph()) + " " + e.stepId() + " attempt " + e.attempt() + " failed"
                    + (blank(e.message()) ? "" : ": " + clip(e.message())) + "; retry in "
                    + DurationText.of(e.retryInMillis());
        }
        if (event instanceof ApprovalRequested e) {
            return "APPROVAL NEEDED (waits up to " + DurationText.of(e.timeoutMillis()) + "): " + e.explanation();
        }
        if (event instanceof OperatorIntervened e) {
            return "Operator " + e.operator() + ": " + e.action().name().toLowerCase(Locale.ROOT)
                    + (blank(e.reason()) ? "" : " — " + clip(e.reason()));
        }
        if (event instanceof RollbackStarted e) {
            return "ROLLBACK started: " + e.reason();
        }
        if (event instanceof RunFinished e) {
            return "Run finished: " + e.finalState() + " after " + DurationText.of(e.durationMillis());
        }
        return generic(event);
    }

    /**
     * An event this window has no sentence for yet (the engine grows new kinds): its kind in words
     * and its fields, without the run id, seq and time every line already has.
     */
    static String generic(RunEvent event) {
        String fields = String.valueOf(event).replaceFirst("^[^\\[]*\\[runId=[^,]*, seq=[^,]*, time=[^,\\]]*,? ?", "")
                .replaceFirst("]$", "");
        String words = event.kind().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (fields.isBlank() ? "" : ": "
                + clip(fields));
    }

    /** A phase as people say it: {@code ROLLING_BACK} is "rolling back". */
    public static String phase(io.mopstudio.engine.event.Phase phase) {
        return phase.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A step's status in the words of its graph: a rollback step that succeeded has rolled back. */
    static String stepStatus(GraphKind graph, StepStatus status) {
        return graph == GraphKind.ROLLBACK && status == StepStatus.SUCCEEDED ? "ROLLED BACK" : status.name();
    }

    private static String check(CheckEvaluated e) {
        String role = switch (e.phase()) {
            case PRE_CHECK -> "Pre-check";
            case BASELINE -> "Baseline of";
            case VALIDATION -> "Validation";
        };
        String verdict = e.phase() == CheckPhase.BASELINE ? "" : " " + e.outcome();
        return role + " " + e.nodeId() + verdict + ": observed " + orDash(e.observed()) + ", expected "
                + orDash(e.expected()) + (blank(e.message()) ? "" : " (" + clip(e.message()) + ")");
    }

    private static String graph(GraphKind graph) {
        return graph == GraphKind.EXECUTION ? "Step" : "Rollback step";
    }

    static String incident(Map<String, String> incident) {
        return incident.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String orDash(String text) {
        return blank(text) ? "-" : text;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String clip(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= MAX_VALUE_CHARS ? oneLine : oneLine.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }
}
