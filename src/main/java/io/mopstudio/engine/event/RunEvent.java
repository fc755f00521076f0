package io.mopstudio.engine.event;

import java.time.Instant;

/**
 * One thing that happened in a run. The engine emits these in {@code seq} order to every
 * listener: the audit store, the command-line printer and the window all read this one stream.
 */
public sealed interface RunEvent
        permits RunStarted, PhaseStarted, CheckEvaluated, SnapshotCaptured, StepStarted, StepAttemptFailed,
        StepFinished, RollbackStarted, ApprovalRequested, OperatorIntervened, RunFinished, RunReviewed {

    String runId();

    /** Position of the event in its run, starting at 1, without gaps. */
    long seq();

    Instant time();

    /** A stable name for the event type, as stored in the audit. */
    String kind();
}
