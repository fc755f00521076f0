package io.mopstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class UiBatchesTest {

    /** A UI queue that runs its tasks only when asked, like the FX thread between pulses. */
    private static final class ManualUi implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized boolean runOne() {
            Runnable task = tasks.poll();
            if (task != null) {
                task.run();
            }
            return task != null;
        }
    }

    private final ManualUi ui = new ManualUi();
    private final List<List<Integer>> batches = new ArrayList<>();
    private final UiBatches<Integer> queue = new UiBatches<>(ui, 3, batches::add);

    @Test
    void aBurstCostsOneUiTaskAndIsHandedOverInCappedSlicesInOrder() {
        IntStream.rangeClosed(1, 7).forEach(queue::offer);
        assertEquals(1, ui.tasks.size(), "one task for the whole burst");

        while (ui.runOne()) {
            // Each task hands over one slice and queues the next behind whatever else waits.
        }

        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7)), batches);
    }

    @Test
    void anOfferAfterADrainSchedulesAgain() {
        queue.offer(1);
        ui.runOne();
        queue.offer(2);
        ui.runOne();
        assertEquals(List.of(List.of(1), List.of(2)), batches);
    }

    @Test
    void flushHandsOverEverythingQueuedAtOnce() {
        IntStream.rangeClosed(1, 5).forEach(queue::offer);
        queue.flush();
        while (ui.runOne()) {
            // The scheduled drain finds nothing left.
        }
        assertEquals(List.of(List.of(1, 2, 3, 4, 5)), batches);
    }

    @Test
    void inlineKeepsOrderAcrossSlices() {
        List<Integer> seen = new ArrayList<>();
        UiBatches<Integer> inline = new UiBatches<>(Runnable::run, 2, seen::addAll);
        IntStream.rangeClosed(1, 5).forEach(inline::offer);
        assertEquals(List.of(1, 2, 3, 4, 5), seen);
    }

    @Test
    @Timeout(20)
    void offersFromManyThreadsAllArriveInEachThreadsOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        UiBatches<Integer> shared = new UiBatches<>(uiThread, 50, seen::addAll);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        CountDownLatch sent = new CountDownLatch(4);
        for (int t = 0; t < 4; t++) {
            int base = t * 100_000;
            senders.execute(() -> {
                IntStream.range(0, 20_000).forEach(i -> shared.offer(base + i));
                sent.countDown();
            });
        }
        sent.await();
        senders.shutdown();
        // The drain re-queues its slices behind other tasks: wait until they have all run.
        while (uiThread.submit(seen::size).get() < 80_000) {
            Thread.sleep(10);
        }
        uiThread.shutdown();
        assertEquals(80_000, seen.size());
        for (int t = 0; t < 4; t++) {
            int base = t * 100_000;
            List<Integer> mine = seen.stream().filter(i -> i >= base && i < base + 100_000).toList();
            assertEquals(IntStream.range(base, base + 20_000).boxed().toList(), mine);
        }
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UiBatches<Integer>(ui, 0, b -> { }));
    }
}
