package io.mopstudio.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries items from any thread to the UI thread in batches. A burst of offers costs one task on
 * the UI queue rather than one per item, and each task hands over at most {@code maxPerBatch}
 * items and queues the rest behind whatever else waits (the next pulse among them), so a flood of
 * engine events never holds the FX thread long enough to freeze the window. Order is kept.
 */
public final class UiBatches<T> {

    private final Executor ui;
    private final int maxPerBatch;
    private final Consumer<List<T>> sink;
    private final Queue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** {@code sink} receives each batch on {@code ui}, in offer order. */
    public UiBatches(Executor ui, int maxPerBatch, Consumer<List<T>> sink) {
        if (maxPerBatch < 1) {
            throw new IllegalArgumentException("maxPerBatch must be at least 1, was " + maxPerBatch);
        }
        this.ui = ui;
        this.maxPerBatch = maxPerBatch;
        this.sink = sink;
    }

    /** Queues {@code item}; callable from any thread. */
    public void offer(T item) {
        queue.add(item);
        scheduleIfIdle();
    }

    /** Hands over everything queued now, in one batch; call on the UI thread (e.g. before a run's end is shown). */
    public void flush() {
        List<T> all = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            all.add(item);
        }
        if (!all.isEmpty()) {
            sink.accept(all);
        }
    }

    private void scheduleIfIdle() {
        if (scheduled.compareAndSet(false, true)) {
            ui.execute(this::drain);
        }
    }

    private void drain() {
        List<T> batch = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = batch.size() < maxPerBatch ? queue.poll() : null) {
            batch.add(item);
        }
        try {
            if (!batch.isEmpty()) {
                sink.accept(batch);
            }
        } finally {
            // The rest goes behind whatever the UI queue holds now; with an inline executor, after this batch.
            if (!queue.isEmpty()) {
                ui.execute(this::drain);
            } else {
                scheduled.set(false);
                // An offer between the last poll and the reset saw the flag still set and did not schedule.
                if (!queue.isEmpty()) {
                    scheduleIfIdle();
                }
            }
        }
    }
}
