package io.mopstudio.ui.canvas;

import java.util.concurrent.CompletableFuture;

/** Lays out a graph off the FX thread; the future completes on the layouter's own thread. */
@FunctionalInterface
public interface GraphLayouter {

    CompletableFuture<GraphLayout> layout(MopGraph graph);
}
