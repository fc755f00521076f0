package io.mopstudio.engine;

import java.time.Duration;

/**
 * Where a run that needs a human's go-ahead gets it: the window's dialog, the command line's
 * prompt, or an approval given up front ({@code --approve-as}). Called on the run's thread, which
 * waits for the answer.
 */
@FunctionalInterface
public interface ApprovalGate {

    /** The decision, or a decline saying why none came within {@code timeout}. */
    ApprovalDecision decide(ApprovalRequest request, Duration timeout) throws InterruptedException;

    /** What a run without any way to ask answers: no, with how to approve it. */
    ApprovalGate NONE = (request, timeout) -> ApprovalDecision.declined("nobody",
            "no approver was available; run again with --approve-as NAME --reason TEXT, or from the window");

    /** Request details shown to the approver. */
    record ApprovalRequest(String runId, String mopId, String mopName, String environment, String explanation) {
    }

    /** A named human's answer. */
    record ApprovalDecision(boolean approved, String approver, String reason) {

        public static ApprovalDecision approved(String approver, String reason) {
            return new ApprovalDecision(true, approver, reason);
        }

        public static ApprovalDecision declined(String approver, String reason) {
            return new ApprovalDecision(false, approver, reason);
        }
    }
}
