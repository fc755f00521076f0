package io.mopstudio.providers.wait;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.PrimitiveException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WaitPrimitiveTest {

    @Test
    void waitsTheDurationAndACancelEndsItAtOnce() throws Exception {
        long start = System.nanoTime();
        assertTrue(new WaitPrimitive().invoke(Map.of("duration", "150ms")).succeeded());
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 150);

        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread step = new Thread(() -> {
            try {
                new WaitPrimitive().invoke(Map.of("duration", "1h"));
            } catch (Exception e) {
                ended.set(e);
            }
        });
        step.start();
        Thread.sleep(100);
        step.interrupt();
        step.join(2000);
        assertTrue(ended.get() instanceof InterruptedException, String.valueOf(ended.get()));
    }

    @Test
    void aMissingOrAbsurdDurationIsAPlainError() {
        assertThrows(PrimitiveException.class, () -> new WaitPrimitive().invoke(Map.of()));
        assertThrows(PrimitiveException.class, () -> new WaitPrimitive().invoke(Map.of("duration", "48h")));
    }
}
