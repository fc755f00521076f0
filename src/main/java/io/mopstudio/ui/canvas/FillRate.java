package io.mopstudio.ui.canvas;

/**
 * How many nodes get their text in the next frame, following the frame rate: halved after a frame
 * slower than {@link #SLOW_FRAME_NANOS}, one more after {@link #QUICK_FRAMES_TO_GROW} quick frames in
 * a row. A fixed dozen per frame took 50 to 110 ms a frame on the 2-core benchmark machine (a node's
 * labels cost several ms of CSS and layout there) and one per frame kept 60 fps; growing after every
 * quick frame settled at two or three, with every third frame slow. A fast desktop grows to many.
 */
final class FillRate {

    static final int FIRST = 1;
    static final int MAX = 32;
    static final int QUICK_FRAMES_TO_GROW = 8;
    /** 50 frames per second. */
    static final long SLOW_FRAME_NANOS = 20_000_000;

    private int perFrame = FIRST;
    private int quickFrames;
    private long lastFrame;

    /** The count for the frame that starts at {@code now} (an AnimationTimer's nanoseconds). */
    int onFrame(long now) {
        if (lastFrame != 0 && now - lastFrame > SLOW_FRAME_NANOS) {
            perFrame = Math.max(1, perFrame / 2);
            quickFrames = 0;
        } else if (lastFrame != 0 && ++quickFrames == QUICK_FRAMES_TO_GROW) {
            perFrame = Math.min(MAX, perFrame + 1);
            quickFrames = 0;
        }
        lastFrame = now;
        return perFrame;
    }

    /** Filling stopped: the pause until the next burst is not a slow frame; the count learnt is kept. */
    void pause() {
        lastFrame = 0;
    }
}
