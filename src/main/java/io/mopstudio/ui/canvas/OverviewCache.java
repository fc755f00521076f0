package io.mopstudio.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Zoomed out far enough to see a large graph whole, the drawing is rendered once into a bitmap that
 * panning moves and zooming scales as one image, instead of redrawing hundreds of boxes and curves
 * each frame in software; once the zoom rests it is rendered sharp again at the new scale. Closer in,
 * the renderer draws only what is in the window anyway, and a bitmap of the whole drawing would be huge.
 */
final class OverviewCache {

    private static final Duration SETTLE = Duration.millis(250);

    private final Node drawing;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    OverviewCache(Node drawing) {
        this.drawing = drawing;
        settle.setOnFinished(e -> drawing.setCacheHint(CacheHint.QUALITY));
    }

    void zoomed(double zoom) {
        boolean overview = zoom < GraphCanvasView.OVERVIEW_ZOOM;
        drawing.setCache(overview);
        if (overview) {
            drawing.setCacheHint(CacheHint.SCALE);
            settle.playFromStart();
        } else {
            settle.stop();
        }
    }
}
