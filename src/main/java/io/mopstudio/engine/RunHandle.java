package io.mopstudio.engine;

import io.mopstudio.engine.event.OperatorIntervened;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A run in progress: its id, a way to stop it, and its result when it ends. */
public final class RunHandle {

    private final String runId;
    private final RunContext context;
    private final CompletableFuture<RunResult> completion;

    RunHandle(String runId, RunContext context, CompletableFuture<RunResult> completion) {
        this.runId = runId;
        this.context = context;
        this.completion = completion;
    }

    public String runId() {
        return runId;
    }

    /**
     * Stops the run without undoing anything: no new step starts, running steps are cancelled, the
     * run ends CANCELLED. For tests and emergencies; operators use {@link #abort}.
     */
    public void cancel(String reason) {
        context.cancel(reason);
    }

    /**
     * An operator's abort: no new step starts, running steps are cancelled and confirmed stopped,
     * then the rollback graph undoes what ran (compensating only steps that started). The run ends
     * CANCELLED, or ROLLBACK_FAILED if undoing fails.
     */
    public void abort(String operator, String reason) {
        context.events.emit((seq, at) -> new OperatorIntervened(runId, seq, at, OperatorIntervened.Action.ABORT,
                operator, reason));
        context.abort("aborted by " + operator + ": " + reason);
    }

    /** No new step starts until {@link #resume}; running steps finish; validation keeps sampling. */
    public void pause(String operator, String reason) {
        context.events.emit((seq, at) -> new OperatorIntervened(runId, seq, at, OperatorIntervened.Action.PAUSE,
                operator, reason));
        context.setPaused(true);
    }

    public void resume(String operator, String reason) {
        context.events.emit((seq, at) -> new OperatorIntervened(runId, seq, at, OperatorIntervened.Action.RESUME,
                operator, reason));
        context.setPaused(false);
    }

    public boolean isPaused() {
        return context.isPaused();
    }

    public CompletableFuture<RunResult> completion() {
        return completion;
    }

    public RunResult await() throws InterruptedException {
        try {
            return completion.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run thread failed", e.getCause());
        }
    }
}
