package io.mopstudio.engine;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account a human reads when a run ends: what the MOP was trying to do, where, for which
 * incident, what decided the outcome, and where every step stands. For anything but RESOLVED it
 * is the escalation summary, written to be pasted into an incident channel.
 */
final class RunSummary {

    private RunSummary() {
    }

    static String write(RunContext ctx, FinalState state, String reason) {
        Mop mop = ctx.request.mop();
        StringBuilder out = new StringBuilder();
        out.append(state).append(": ").append(mop.mopId()).append(" \"").append(mop.name()).append("\" v")
                .append(mop.version()).append(" on ").append(ctx.request.environment().name());
        if (!ctx.request.incident().isEmpty()) {
            out.append(" for incident ");
            new TreeMap<>(ctx.request.incident()).forEach((k, v) -> out.append(k).append('=').append(v).append(' '));
            out.setLength(out.length() - 1);
        }
        out.append('\n').append(headline(state)).append(reason).append('\n');
        if (state != FinalState.PLANNED) {
            appendSteps(out, ctx, GraphKind.EXECUTION);
            appendSteps(out, ctx, GraphKind.ROLLBACK);
        }
        out.append(nextStep(state));
        return out.toString().strip();
    }

    private static String headline(FinalState state) {
        return switch (state) {
            case RESOLVED -> "Resolved: ";
            case ABORTED -> "Aborted before any step ran: ";
            case FAILED -> "Failed: ";
            case ROLLED_BACK -> "Rolled back: ";
            case ROLLBACK_FAILED -> "Rollback failed: ";
            case CANCELLED -> "Cancelled: ";
            case INTERRUPTED -> "Interrupted: ";
            case PLANNED -> "Dry run: ";
        };
    }

    private static void appendSteps(StringBuilder out, RunContext ctx, GraphKind kind) {
        if (ctx.request.mop().graph(kind).isEmpty()) {
            return;
        }
        Map<String, StepStatus> statuses = new java.util.LinkedHashMap<>();
        for (Step step : ctx.request.mop().graph(kind)) {
            statuses.put(step.id(), ctx.statusOf(kind, step.id()));
        }
        if (kind == GraphKind.ROLLBACK && statuses.values().stream().allMatch(s -> s == StepStatus.PENDING)) {
            return;
        }
        out.append(kind.yamlKey()).append(':');
        statuses.forEach((id, status) -> out.append(' ').append(id).append('=')
                .append(status == StepStatus.PENDING ? "not run" : status.name().toLowerCase()));
        out.append('\n');
    }

    private static String nextStep(FinalState state) {
        return switch (state) {
            case RESOLVED -> "";
            case ABORTED -> "Nothing was changed. Fix the condition, or override the check, then run again.";
            case FAILED -> "No rollback ran. A human must check the system's state now.";
            case ROLLED_BACK -> "The rollback succeeded, but the incident is NOT resolved.";
            case ROLLBACK_FAILED -> "The system may be half-changed. A human must take over now.";
            case CANCELLED -> "Steps that had started may have partly acted; check their output.";
            case INTERRUPTED -> "Steps in flight may have partly acted; their outcome is unknown.";
            case PLANNED -> "Nothing was executed.";
        };
    }
}
