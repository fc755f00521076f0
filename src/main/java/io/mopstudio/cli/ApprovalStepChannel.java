package io.mopstudio.cli;

import io.mopstudio.engine.ApprovalGate;
import io.mopstudio.providers.approval.ApprovalChannel;
import io.mopstudio.providers.approval.ApprovalDecision;
import io.mopstudio.providers.approval.ApprovalRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Lets an {@code approval.request} step ask the same way the run asks for blast-radius approval:
 * the terminal prompt, or the approval given up front with {@code --approve-as}.
 */
final class ApprovalStepChannel implements ApprovalChannel {

    private final ApprovalGate gate;
    private final String mopId;
    private final String environment;

    ApprovalStepChannel(ApprovalGate gate, String mopId, String environment) {
        this.gate = gate;
        this.mopId = mopId;
        this.environment = environment;
    }

    @Override
    public Optional<ApprovalDecision> request(ApprovalRequest request, Duration timeout) throws InterruptedException {
        String who = request.approvers().isEmpty() ? "" : " (approvers: " + String.join(", ", request.approvers()) + ")";
        ApprovalGate.ApprovalDecision decision = gate.decide(new ApprovalGate.ApprovalRequest("", mopId,
                "approval step", environment, request.reason() + who), timeout);
        return Optional.of(new ApprovalDecision(decision.approved(), decision.approver(), Instant.now(),
                decision.reason()));
    }
}
