package io.mopstudio.engine;

import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.policy.AutonomyPolicy;
import io.mopstudio.policy.BlastRadiusAnalysis;
import io.mopstudio.policy.BlastRadiusVerdict;
import java.time.Duration;
import java.util.Optional;

/**
 * Blast radius, the seed's fourth pre-check: when the environment limits what a MOP may do alone,
 * the MOP's declared radius and its steps' estimates are compared with that limit. Over it, the
 * run waits for a named human; declined or unanswered in time, it aborts.
 */
final class ApprovalPhase {

    static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

    Optional<String> run(RunContext ctx) throws InterruptedException {
        Optional<AutonomyPolicy> autonomy = ctx.request.environment().policy().autonomy();
        if (autonomy.flatMap(AutonomyPolicy::maxBlastRadius).isEmpty()) {
            return Optional.empty();
        }
        BlastRadiusVerdict verdict = new BlastRadiusAnalysis(autonomy).analyse(ctx.request.mop());
        String limit = verdict.limit().map(l -> l.word()).orElse("none");
        String effective = verdict.effective().map(l -> l.word()).orElse("undeclared");
        CheckOutcome outcome = verdict.hasErrors() ? CheckOutcome.FAIL
                : verdict.approvalRequired() ? CheckOutcome.WARN : CheckOutcome.PASS;
        ctx.events.emit((seq, at) -> new CheckEvaluated(ctx.runId, seq, at, CheckPhase.PRE_CHECK, "blast_radius",
                "blast_radius", outcome, effective, "<= " + limit + " to act alone", verdict.explanation()));
        if (verdict.hasErrors()) {
            return Optional.of("blast radius cannot be judged: " + String.join("; ", verdict.errors()));
        }
        if (!verdict.approvalRequired()) {
            return Optional.empty();
        }
        Duration timeout = autonomy.flatMap(AutonomyPolicy::approvalTimeout).orElse(DEFAULT_TIMEOUT);
        ctx.events.emit((seq, at) -> new ApprovalRequested(ctx.runId, seq, at, verdict.explanation(),
                timeout.toMillis()));
        ApprovalGate.ApprovalRequest request = new ApprovalGate.ApprovalRequest(ctx.runId, ctx.request.mop().mopId(),
                ctx.request.mop().name(), ctx.request.environment().name(), verdict.explanation());
        ApprovalGate.ApprovalDecision decision = ctx.options.approvals().decide(request, timeout);
        OperatorIntervened.Action action = decision.approved() ? OperatorIntervened.Action.APPROVE
                : OperatorIntervened.Action.DECLINE;
        ctx.events.emit((seq, at) -> new OperatorIntervened(ctx.runId, seq, at, action, decision.approver(),
                decision.reason()));
        if (decision.approved()) {
            return Optional.empty();
        }
        return Optional.of("approval needed (" + verdict.explanation() + ") was not given: " + decision.approver()
                + " declined: " + decision.reason());
    }
}
