package io.mopstudio.cli;

import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.RunReviewed;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.template.Template;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Prints a run's events as they happen, one readable line each. Validation samples are printed
 * when a check's verdict changes, so a five-minute window does not bury the rest.
 */
final class ConsoleProgress implements RunListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final Consumer<String> out;
    private final Map<String, CheckOutcome> lastSample = new HashMap<>();

    ConsoleProgress(PrintWriter out) {
        this(line -> {
            out.println(line);
            out.flush();
        });
    }

    /** Lines go to {@code out}: a plain writer, or a terminal's live status line that keeps itself below them. */
    ConsoleProgress(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void onEvent(RunEvent event) {
        String line = line(event);
        if (!line.isEmpty()) {
            out.accept(TIME.format(event.time()) + "  " + line);
        }
    }

    private String line(RunEvent event) {
        if (event instanceof RunStarted e) {
            return "run " + e.runId() + ": " + e.mopId() + " \"" + e.mopName() + "\" v" + e.mopVersion() + " on "
                    + e.environment() + " as " + e.operator() + " (" + incident(e.incident()) + ")";
        }
        if (event instanceof PhaseStarted e) {
            return "== " + e.phase().name().toLowerCase().replace('_', ' ');
        }
        if (event instanceof CheckEvaluated e) {
            return check(e);
        }
        if (event instanceof SnapshotCaptured e) {
            return "   snapshot  " + e.name() + " captured";
        }
        if (event instanceof StepStarted e) {
            return "   " + prefix(e.graph()) + "start " + pad(e.stepId()) + e.action() + " " + params(e.params());
        }
        if (event instanceof StepFinished e) {
            if (e.status() == StepStatus.SKIPPED) {
                return "   " + prefix(e.graph()) + word(e.status().name()) + pad(e.stepId()) + e.message();
            }
            return "   " + prefix(e.graph()) + word(e.status().name()) + pad(e.stepId()) + e.status().name().toLowerCase()
                    + " in " + e.durationMillis() + " ms" + (e.message().isEmpty() ? "" : ": " + e.message());
        }
        if (event instanceof StepAttemptFailed e) {
            return "   " + prefix(e.graph()) + "retry " + pad(e.stepId()) + "attempt " + e.attempt() + " failed: "
                    + e.message() + "; next attempt in " + e.retryInMillis() + " ms";
        }
        if (event instanceof ApprovalRequested e) {
            return "?? approval needed: " + e.explanation() + " (waiting up to " + e.timeoutMillis() / 1000 + " s)";
        }
        if (event instanceof OperatorIntervened e) {
            return "!! " + e.action().name().toLowerCase() + " by " + e.operator() + ": " + e.reason();
        }
        if (event instanceof RunReviewed e) {
            return "   reviewed by " + e.reviewer() + ": " + e.note();
        }
        if (event instanceof RollbackStarted e) {
            return "!! rollback: " + e.reason();
        }
        if (event instanceof RunFinished e) {
            return "== " + e.finalState() + " after " + String.format("%.1f s", e.durationMillis() / 1000.0);
        }
        return "";
    }

    private String check(CheckEvaluated e) {
        if (e.phase() == CheckPhase.VALIDATION) {
            CheckOutcome previous = lastSample.put(e.nodeId(), e.outcome());
            if (previous == e.outcome()) {
                return "";
            }
        }
        String detail = e.message().isEmpty() ? "" : " - " + e.message();
        if (e.phase() == CheckPhase.BASELINE) {
            return "   base  " + pad(e.nodeId()) + "before execution: " + e.observed() + " (validation expects "
                    + e.expected() + ")";
        }
        String phase = e.phase() == CheckPhase.VALIDATION ? "sample " : "";
        if (e.expected().isEmpty() && e.outcome() != CheckOutcome.PASS) {
            // The check failed before it observed anything: "observed error, expected (nothing)" says nothing.
            return "   " + word(e.outcome().name()) + pad(e.nodeId()) + phase + "could not be evaluated" + detail;
        }
        return "   " + word(e.outcome().name()) + pad(e.nodeId()) + phase + "observed " + e.observed() + ", expected "
                + e.expected() + (e.outcome() == CheckOutcome.PASS ? "" : detail);
    }

    private static String prefix(GraphKind graph) {
        return graph == GraphKind.ROLLBACK ? "rollback " : "";
    }

    private static String word(String status) {
        return String.format("%-5s ", switch (status) {
            case "PASS", "SUCCEEDED" -> "ok";
            case "WARN" -> "WARN";
            case "SKIPPED" -> "skip";
            case "CANCELLED" -> "stop";
            default -> "FAIL";
        });
    }

    private static String pad(String id) {
        return String.format("%-24s ", id);
    }

    private static String params(Map<String, Object> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + Template.display(e.getValue()))
                .collect(Collectors.joining(" "));
    }


    private static String incident(Map<String, String> incident) {
        return incident.isEmpty() ? "no incident fields" : new java.util.TreeMap<>(incident).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
