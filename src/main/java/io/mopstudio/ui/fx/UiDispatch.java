package io.mopstudio.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The one way work crosses threads in the window. Slow work (loading a run's setup, reading the
 * audit) runs on a small daemon pool; its results, engine events and layouts come back through
 * {@link #ui()}, which is the FX thread in the application. View-models take a dispatch rather
 * than calling {@code Platform.runLater}, so tests hand them {@link #inline()} and need no toolkit.
 */
public final class UiDispatch implements AutoCloseable {

    private final Executor ui;
    private final Executor background;
    private final Runnable shutdown;

    private UiDispatch(Executor ui, Executor background, Runnable shutdown) {
        this.ui = ui;
        this.background = background;
        this.shutdown = shutdown;
    }

    /** The FX thread for results, two daemon workers for background work. */
    public static UiDispatch fx() {
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "mop-ui-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // Always queued, never run in place: events then reach the window in the order they were sent.
        return new UiDispatch(Platform::runLater, workers, workers::shutdownNow);
    }

    /** Everything runs on the calling thread: for view-model tests. */
    public static UiDispatch inline() {
        return new UiDispatch(Runnable::run, Runnable::run, () -> { });
    }

    /** Runs tasks on the UI thread, in the order given. */
    public Executor ui() {
        return ui;
    }

    /** Runs {@code work} off the UI thread; the returned future completes on the UI thread. */
    public <T> CompletableFuture<T> background(Callable<T> work) {
        try {
            return onUi(CompletableFuture.supplyAsync(() -> {
                try {
                    return work.call();
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, background));
        } catch (RejectedExecutionException e) {
            // The window is closing: late work (a debounced validation) is dropped, not thrown at the toolkit.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The same outcome as {@code stage}, delivered on the UI thread. */
    public <T> CompletableFuture<T> onUi(CompletionStage<T> stage) {
        CompletableFuture<T> out = new CompletableFuture<>();
        stage.whenComplete((value, error) -> ui.execute(() -> {
            if (error != null) {
                out.completeExceptionally(unwrap(error));
            } else {
                out.complete(value);
            }
        }));
        return out;
    }

    /** The cause a user should read, without the CompletionException wrappers futures add. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
