package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number of nodes filled per frame follows the frame rate. */
class FillRateTest {

    private static final long FRAME = 16_666_667;

    @Test
    void growsByOneAfterEightQuickFramesInARowAndHalvesAfterASlowOne() {
        FillRate rate = new FillRate();
        long now = 1_000_000_000L;
        assertEquals(1, rate.onFrame(now), "the first frame fills one");
        for (int i = 1; i < FillRate.QUICK_FRAMES_TO_GROW; i++) {
            assertEquals(1, rate.onFrame(now += FRAME));
        }
        assertEquals(2, rate.onFrame(now += FRAME), "eight quick frames: one more");
        for (int i = 0; i < 3 * FillRate.QUICK_FRAMES_TO_GROW; i++) {
            rate.onFrame(now += FRAME);
        }
        assertEquals(5, rate.onFrame(now += FRAME));
        assertEquals(2, rate.onFrame(now += 3 * FRAME), "a slow frame halves it");
        assertEquals(1, rate.onFrame(now += 2 * FRAME));
        assertEquals(1, rate.onFrame(now += 2 * FRAME), "never below one");
    }

    @Test
    void aPauseBetweenBurstsIsNotASlowFrame() {
        FillRate rate = new FillRate();
        long now = 1_000_000_000L;
        for (int i = 0; i <= FillRate.QUICK_FRAMES_TO_GROW; i++) {
            rate.onFrame(now += FRAME);
        }
        rate.pause();
        assertEquals(2, rate.onFrame(now + 5_000_000_000L), "five idle seconds later it starts where it was");
    }

    @Test
    void stopsGrowingAtItsCeiling() {
        FillRate rate = new FillRate();
        long now = 1_000_000_000L;
        int last = 0;
        for (int i = 0; i < 1000; i++) {
            last = rate.onFrame(now += FRAME);
        }
        assertEquals(FillRate.MAX, last);
    }
}
