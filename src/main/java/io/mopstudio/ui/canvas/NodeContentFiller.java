package io.mopstudio.ui.canvas;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import javafx.animation.AnimationTimer;

/**
 * Gives nodes their text (see {@link NodeView#showContent()}) a few per frame, so that zooming into
 * a large graph never stalls one frame on the CSS and layout of a hundred nodes' labels at once; how
 * many per frame, {@link FillRate} decides from the frame rate.
 */
final class NodeContentFiller {

    private final Deque<NodeView> waiting = new ArrayDeque<>();
    private final FillRate rate = new FillRate();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (int i = rate.onFrame(now); i > 0 && !waiting.isEmpty(); i--) {
                waiting.poll().showContent();
            }
            if (waiting.isEmpty()) {
                stopFilling();
            }
        }
    };

    /** These nodes, now; for a small graph, where a frame can take them all. */
    void fillNow(Collection<NodeView> views) {
        clear();
        views.forEach(NodeView::showContent);
    }

    /** These nodes over the next frames, in this order; replaces what was waiting, which the view has left. */
    void fillSoon(Collection<NodeView> views) {
        waiting.clear();
        waiting.addAll(views);
        if (!waiting.isEmpty()) {
            frames.start();
        }
    }

    private void stopFilling() {
        frames.stop();
        rate.pause();
    }

    void clear() {
        waiting.clear();
        stopFilling();
    }
}
