package io.mopstudio.engine;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.model.PreCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the pre-checks in order. A check with {@code timeout_seconds} is re-sampled until it
 * passes or the time is up (e.g. waiting for in-flight writes to finish). The first failure with
 * {@code abort_on_fail} ends the phase with the reason; other failures are warnings.
 */
final class PreCheckPhase {

    static final Duration RESAMPLE_INTERVAL = Duration.ofMillis(500);

    Optional<String> run(RunContext ctx) throws InterruptedException {
        for (PreCheck preCheck : ctx.request.mop().preChecks()) {
            CheckVerdict verdict = evaluate(ctx, preCheck);
            Optional<PreCheckOverride> override = verdict.passed() || !preCheck.abortOnFail() ? Optional.empty()
                    : ctx.options.overrideFor(preCheck.nodeId());
            CheckOutcome outcome = verdict.passed() ? CheckOutcome.PASS
                    : preCheck.abortOnFail() && override.isEmpty() ? CheckOutcome.FAIL : CheckOutcome.WARN;
            String message = override.map(o -> "overridden by " + o.operator() + ": " + o.reason()
                    + (verdict.message().isEmpty() ? "" : " (" + verdict.message() + ")")).orElse(verdict.message());
            ctx.events.emit((seq, at) -> new CheckEvaluated(ctx.runId, seq, at, CheckPhase.PRE_CHECK,
                    preCheck.nodeId(), preCheck.check().check(), outcome, verdict.observed(), verdict.expected(),
                    message));
            override.ifPresent(o -> ctx.events.emit((seq, at) -> new OperatorIntervened(ctx.runId, seq, at,
                    OperatorIntervened.Action.OVERRIDE, o.operator(), "pre-check " + preCheck.nodeId() + " failed"
                    + " (" + verdict.comparison() + "): " + o.reason())));
            if (outcome == CheckOutcome.FAIL) {
                return Optional.of("pre-check " + preCheck.nodeId() + " failed: " + verdict.comparison()
                        + (verdict.message().isEmpty() ? "" : " (" + verdict.message() + ")"));
            }
            Optional<String> stop = ctx.stopReason();
            if (stop.isPresent()) {
                return stop;
            }
        }
        return Optional.empty();
    }

    private CheckVerdict evaluate(RunContext ctx, PreCheck preCheck) throws InterruptedException {
        Optional<Duration> patience = preCheck.check().timeout();
        Instant deadline = ctx.clock.instant().plus(patience.orElse(Duration.ZERO));
        while (true) {
            CheckVerdict verdict = preCheck.check().check().equals(ChangeWindowVerdict.CHECK_NAME)
                    ? ChangeWindowVerdict.evaluate(ctx)
                    : ctx.checks.evaluate(preCheck.check(), ctx.scope.snapshot(Map.of()));
            if (verdict.passed() || patience.isEmpty() || !ctx.clock.instant().isBefore(deadline)) {
                return verdict;
            }
            if (!ctx.pause(RESAMPLE_INTERVAL)) {
                return verdict;
            }
        }
    }
}
