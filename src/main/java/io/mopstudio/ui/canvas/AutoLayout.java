package io.mopstudio.ui.canvas;

import io.mopstudio.render.GraphvizEngines;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The window's graph layout: graphviz {@code dot} on one dedicated thread (the engines need it,
 * see {@link GraphvizEngines}), choosing the engine once when the first layout is asked for, and
 * falling back to {@link RankLayout} with the reason when graphviz cannot lay a graph out, or
 * would make the user wait seconds for a very large one.
 */
public final class AutoLayout implements GraphLayouter, AutoCloseable {

    /**
     * Above this many nodes the rank layout is used: dot through the bundled V8 took 1.6 to 3.0 s for
     * the 500-node benchmark MOP (CanvasBenchmark), the rank layout 5 ms, against a 1.5 s budget
     * for the first laid-out paint. Dot's crossing reduction pays off on graphs a person drew, not on these.
     */
    public static final int GRAPHVIZ_MAX_NODES = 200;

    private final Path nativeDir;
    private final int graphvizMaxNodes;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mop-graph-layout");
        t.setDaemon(true);
        return t;
    });
    /** Only read and written on the layout thread. */
    private Optional<GraphvizEngines.Choice> choice = Optional.empty();

    /** {@code nativeDir} is where the V8 engine's native library is extracted. */
    public AutoLayout(Path nativeDir) {
        this(nativeDir, GRAPHVIZ_MAX_NODES);
    }

    /** Graphviz for graphs up to {@code graphvizMaxNodes} nodes: the benchmark times dot on large graphs with it. */
    public AutoLayout(Path nativeDir, int graphvizMaxNodes) {
        this.nativeDir = nativeDir;
        this.graphvizMaxNodes = graphvizMaxNodes;
    }

    /** Names the folder for the engine's native library; installers set it to the app's own folder. */
    public static final String NATIVE_DIR_PROPERTY = "mopstudio.native.dir";

    /** {@value #NATIVE_DIR_PROPERTY} if set, else {@code ~/.mop-studio/native}. */
    public static Path defaultNativeDir() {
        String configured = System.getProperty(NATIVE_DIR_PROPERTY, "");
        return configured.isBlank() ? Path.of(System.getProperty("user.home"), ".mop-studio", "native")
                : Path.of(configured);
    }

    /** Starts choosing the engine now, so the first graph does not wait for it. */
    public void warmUp() {
        thread.execute(this::engine);
    }

    @Override
    public CompletableFuture<GraphLayout> layout(MopGraph graph) {
        try {
            return CompletableFuture.supplyAsync(() -> layoutNow(graph), thread);
        } catch (RejectedExecutionException e) {
            // Closing: a layout asked for while the window shuts down is simply not made.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs {@code work} (an export) on the thread that owns the graphviz engine, once it is chosen. */
    public <T> CompletableFuture<T> withGraphviz(Function<Optional<String>, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(engine().engine().isPresent() ? Optional.empty()
                : Optional.of(engine().failureText())), thread);
    }

    private GraphLayout layoutNow(MopGraph graph) {
        if (graph.isEmpty()) {
            return GraphLayout.EMPTY;
        }
        if (graph.nodes().size() > graphvizMaxNodes) {
            return RankLayout.layout(graph, graph.nodes().size() + " nodes, more than graphviz lays out quickly ("
                    + graphvizMaxNodes + ")");
        }
        GraphvizEngines.Choice engine = engine();
        if (engine.engine().isEmpty()) {
            return RankLayout.layout(graph, "graphviz unavailable (" + engine.failureText() + ")");
        }
        try {
            return DotLayout.layout(graph, engine.engine().get());
        } catch (RuntimeException e) {
            return RankLayout.layout(graph, "graphviz failed: " + e.getMessage());
        }
    }

    private GraphvizEngines.Choice engine() {
        if (choice.isEmpty()) {
            choice = Optional.of(GraphvizEngines.choose(nativeDir));
        }
        return choice.get();
    }

    /** Releases the engine on the thread that owns it, then stops the thread. */
    @Override
    public void close() {
        thread.execute(() -> {
            if (choice.flatMap(GraphvizEngines.Choice::engine).isPresent()) {
                GraphvizEngines.release();
            }
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
