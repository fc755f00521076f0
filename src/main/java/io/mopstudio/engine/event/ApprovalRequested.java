package io.mopstudio.engine.event;

import java.time.Instant;

/**
 * The run waits for a named human: what it would do exceeds the blast radius the environment lets
 * it act on alone. {@code explanation} says why; the answer is an {@link OperatorIntervened}.
 */
public record ApprovalRequested(String runId, long seq, Instant time, String explanation, long timeoutMillis)
        implements RunEvent {

    @Override
    public String kind() {
        return "approval_requested";
    }
}
