package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LabConcurrencyTest {

    @Test
    void concurrentDrainsCloseEachConnectionOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (DemoLab lab = DemoLab.start(0, new ManualClock())) {
            LabClient client = new LabClient(lab.baseUrl());
            List<Callable<Integer>> drains = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                drains.add(() -> client.post("/resources/orders-db/pool/drain").json().get("drained").asInt());
            }
            int total = 0;
            for (Future<Integer> drained : pool.invokeAll(drains)) {
                total += drained.get();
            }
            assertEquals(50, total);
            assertEquals(16, client.get("/lab/resources/orders-db/history").json().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
