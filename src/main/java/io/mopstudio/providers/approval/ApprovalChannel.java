package io.mopstudio.providers.approval;

import java.time.Duration;
import java.util.Optional;

/**
 * How a run reaches the people who approve: the command line asks on the terminal, the window shows
 * a dialog, a chat integration posts a message. Implementations block until someone decides, the
 * timeout passes (empty), or the run is cancelled (interrupt).
 */
public interface ApprovalChannel {

    Optional<ApprovalDecision> request(ApprovalRequest request, Duration timeout) throws InterruptedException;

    /** For sessions nobody can approve from: every request is declined at once, saying so. */
    static ApprovalChannel none() {
        return (request, timeout) -> Optional.of(new ApprovalDecision(false, "nobody", java.time.Instant.now(),
                "this session has no way to ask for approval (run it from the window or an interactive terminal)"));
    }
}
