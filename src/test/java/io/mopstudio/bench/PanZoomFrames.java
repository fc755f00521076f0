package io.mopstudio.bench;

import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Pans and zooms a {@link BenchWindow}'s canvas programmatically, one step per pulse, as a user
 * dragging and wheeling would: the scroll position sweeps the whole drawing while the zoom swings
 * between the fitted zoom and 100 %. Frame time = the interval between consecutive pulses (an
 * {@link AnimationTimer}); a pulse cannot sync the scene until the previous frame is rendered, so
 * slow rendering shows here. Render time = a whole-scene snapshot after a step, timed separately.
 */
final class PanZoomFrames {

    private PanZoomFrames() {
    }

    /** Where frame {@code i} of {@code frames} puts the view. */
    static void step(BenchWindow window, double fitZoom, int i, int frames) {
        double t = (double) i / frames;
        window.scroll().setHvalue(0.5 - 0.5 * Math.cos(2 * Math.PI * t));
        window.scroll().setVvalue(0.5 - 0.5 * Math.cos(4 * Math.PI * t));
        double swing = 0.5 - 0.5 * Math.cos(2 * Math.PI * t * 2);
        window.canvas.zoomProperty().set(fitZoom + (1.0 - fitZoom) * swing);
    }

    /** Call on the FX thread; completes on it with {@code frames} pulse-to-pulse intervals in ms. */
    static CompletableFuture<double[]> frameTimes(BenchWindow window, int frames) {
        double fitZoom = window.canvas.zoomProperty().get();
        CompletableFuture<double[]> done = new CompletableFuture<>();
        double[] intervals = new double[frames];
        new AnimationTimer() {
            private long previous;
            private int frame = -1;

            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                if (frame >= 0) {
                    intervals[frame] = FirstPaint.ms(at - previous);
                }
                previous = at;
                frame++;
                if (frame == frames) {
                    stop();
                    Platform.runLater(() -> done.complete(intervals));
                    return;
                }
                step(window, fitZoom, frame, frames);
            }
        }.start();
        return done;
    }

    /** Call on the FX thread: {@code samples} steps across the same path, each drawn once by a timed snapshot. */
    static double[] renderTimes(BenchWindow window, double fitZoom, int samples) {
        double[] times = new double[samples];
        for (int i = 0; i < samples; i++) {
            step(window, fitZoom, i, samples);
            long start = System.nanoTime();
            window.scene.snapshot(null);
            times[i] = FirstPaint.ms(System.nanoTime() - start);
        }
        return times;
    }
}
