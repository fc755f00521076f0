package io.mopstudio.engine;

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

    /** Asks the run to stop: no new step starts, running steps are cancelled, the run ends CANCELLED. */
    public void cancel(String reason) {
        context.cancel(reason);
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
