package io.mopstudio.bench;

import io.mopstudio.ui.canvas.GraphLayout;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * Opens a MOP file in a {@link BenchWindow} and times, from the moment {@code open} is called on
 * the FX thread (read, load, validate, graphviz for every node, positions into the sidecar, node
 * views built):
 * <ul>
 *   <li>{@code built}: the canvas has a view for every node;</li>
 *   <li>{@code laidOut}: the first pulse after that has run its CSS and layout pass (a post-layout
 *       pulse listener), i.e. the frame that will be painted is final;</li>
 *   <li>{@code painted}: a snapshot of the scene, taken right after that pulse, has returned. The
 *       snapshot waits for the renderer and draws the whole scene once more, so this is an upper
 *       bound on the first paint.</li>
 * </ul>
 */
final class FirstPaint {

    record Times(double builtMs, double laidOutMs, double paintedMs, String layoutNote) {
    }

    private FirstPaint() {
    }

    /** Call on the FX thread; completes on it. */
    static CompletableFuture<Times> open(BenchWindow window, Path file, int nodes) {
        CompletableFuture<Times> done = new CompletableFuture<>();
        long start = System.nanoTime();
        ChangeListener<GraphLayout> whenBuilt = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends GraphLayout> obs, GraphLayout old,
                    GraphLayout layout) {
                if (layout.nodes().size() != nodes) {
                    return;
                }
                window.canvas.layoutProperty().removeListener(this);
                long built = System.nanoTime();
                afterNextLayoutPulse(window.scene, () -> {
                    long laidOut = System.nanoTime();
                    Platform.runLater(() -> {
                        window.scene.snapshot(null);
                        long painted = System.nanoTime();
                        done.complete(new Times(ms(built - start), ms(laidOut - start), ms(painted - start),
                                window.canvas.layoutNoteProperty().get()));
                    });
                });
            }
        };
        window.canvas.layoutProperty().addListener(whenBuilt);
        window.builder.open(file);
        return done;
    }

    private static void afterNextLayoutPulse(Scene scene, Runnable then) {
        Runnable once = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
