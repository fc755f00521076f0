package io.mopstudio.engine;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.environment.ValidationSettings;
import io.mopstudio.model.Check;
import io.mopstudio.model.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outcome-based validation, as the seed describes it: every check is sampled at the environment's
 * interval; once all pass they must hold together for the validation window. A check that has not
 * cleared by its timeout, or a failing sample worse than the check's value before execution,
 * ends validation with the reason to roll back. Every sample is an event.
 */
final class ValidationPhase {

    /** Samples each validation check once before anything acts: what "worse than before" means. */
    Map<String, CheckVerdict> baseline(RunContext ctx) throws InterruptedException {
        Map<String, CheckVerdict> out = new LinkedHashMap<>();
        for (Check check : ctx.request.mop().validation()) {
            CheckVerdict verdict = sample(ctx, check, CheckPhase.BASELINE);
            out.put(check.nodeId(), verdict);
        }
        return out;
    }

    ValidationOutcome run(RunContext ctx, Map<String, CheckVerdict> baseline) throws InterruptedException {
        List<Check> checks = ctx.request.mop().validation();
        ValidationSettings env = ctx.request.environment().validation();
        io.mopstudio.model.ValidationSettings own = ctx.request.mop().validationSettings();
        // The MOP's own window and interval, where it sets them, win over the environment's.
        ValidationSettings settings = new ValidationSettings(own.window().orElse(env.window()),
                own.interval().orElse(env.interval()), env.defaultTimeout());
        Instant start = ctx.clock.instant();
        if (checks.isEmpty()) {
            return new ValidationOutcome(true, "no validation checks", Optional.empty());
        }
        Optional<Instant> holdingSince = Optional.empty();
        while (true) {
            Instant now = ctx.clock.instant();
            boolean allPass = true;
            for (Check check : checks) {
                CheckVerdict verdict = sample(ctx, check, CheckPhase.VALIDATION);
                if (verdict.passed()) {
                    continue;
                }
                allPass = false;
                CheckVerdict before = baseline.get(check.nodeId());
                if (before != null && verdict.worseThan(before)) {
                    return rollback(check.nodeId() + " got worse than before execution: " + verdict.observed()
                            + " now, " + before.observed() + " before (expected " + verdict.expected() + ")");
                }
                Duration timeout = check.timeout().orElse(settings.defaultTimeout());
                if (!now.isBefore(start.plus(timeout))) {
                    return rollback(check.nodeId() + " did not clear within " + Durations.format(timeout)
                            + ": last " + verdict.comparison());
                }
            }
            if (allPass) {
                holdingSince = holdingSince.or(() -> Optional.of(now));
                if (!ctx.clock.instant().isBefore(holdingSince.get().plus(settings.window()))) {
                    return new ValidationOutcome(true, "every validation check held for "
                            + Durations.format(settings.window()), Optional.empty());
                }
            } else {
                holdingSince = Optional.empty();
            }
            Optional<String> stop = ctx.stopReason();
            if (stop.isPresent() || !ctx.pause(settings.interval())) {
                return new ValidationOutcome(false, "validation stopped", ctx.stopReason());
            }
        }
    }

    private static ValidationOutcome rollback(String reason) {
        return new ValidationOutcome(false, reason, Optional.empty());
    }

    private static CheckVerdict sample(RunContext ctx, Check check, CheckPhase phase) throws InterruptedException {
        CheckVerdict verdict = ctx.checks.evaluate(check, ctx.scope.snapshot(Map.of()));
        CheckOutcome outcome = verdict.passed() ? CheckOutcome.PASS : CheckOutcome.FAIL;
        ctx.events.emit((seq, at) -> new CheckEvaluated(ctx.runId, seq, at, phase, check.nodeId(), check.check(),
                outcome, verdict.observed(), verdict.expected(), verdict.message()));
        return verdict;
    }
}
