package io.mopstudio.providers.approval;

import java.time.Instant;

/** A person's answer: go ahead or not, who decided, when, and what they said. */
public record ApprovalDecision(boolean approved, String decidedBy, Instant at, String comment) {
}
