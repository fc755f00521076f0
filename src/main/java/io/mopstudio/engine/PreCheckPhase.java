package io.mopstudio.engine;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
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
            CheckOutcome outcome = verdict.passed() ? CheckOutcome.PASS
                    : preCheck.abortOnFail() ? CheckOutcome.FAIL : CheckOutcome.WARN;
            ctx.events.emit((seq, at) -> new CheckEvaluated(ctx.runId, seq, at, CheckPhase.PRE_CHECK,
                    preCheck.nodeId(), preCheck.check().check(), outcome, verdict.observed(), verdict.expected(),
                    verdict.message()));
            if (outcome == CheckOutcome.FAIL) {
                return Optional.of("pre-check " + preCheck.nodeId() + " failed: observed " + verdict.observed()
                        + ", expected " + verdict.expected()
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
            Map<String, Object> scope = ctx.scope.snapshot(Map.of());
            CheckVerdict verdict = ctx.checks.evaluate(preCheck.check(), scope);
            if (verdict.passed() || patience.isEmpty() || !ctx.clock.instant().isBefore(deadline)) {
                return verdict;
            }
            if (!ctx.pause(RESAMPLE_INTERVAL)) {
                return verdict;
            }
        }
    }
}
