package io.mopstudio.bench;

import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.builder.BuilderViewModel;
import io.mopstudio.ui.canvas.GraphCanvasView;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.canvas.GraphLayouter;
import io.mopstudio.ui.fx.Stylesheets;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * A window with the builder's execution canvas alone, wired as the app wires it (document, validation,
 * auto-placement into the layout sidecar), filling a 1280x800 scene. Made and used on the FX thread.
 */
final class BenchWindow {

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    final BuilderViewModel builder;
    final GraphCanvasViewModel canvas;
    final GraphCanvasView view;
    final Scene scene;
    private final Stage stage = new Stage();

    BenchWindow(GraphLayouter layouter, UiDispatch dispatch) {
        canvas = new GraphCanvasViewModel(layouter, dispatch, FXCollections.observableHashMap());
        builder = new BuilderViewModel(dispatch, canvas,
                new GraphCanvasViewModel(layouter, dispatch, FXCollections.observableHashMap()));
        view = new GraphCanvasView(canvas, Optional.of(builder.editor(GraphKind.EXECUTION)));
        scene = new Scene(new javafx.scene.layout.StackPane(view.node()), WIDTH, HEIGHT);
        Stylesheets.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** The canvas's scroll pane, which panning moves. */
    ScrollPane scroll() {
        return (ScrollPane) view.node().lookup(".graph-canvas");
    }

    void close() {
        stage.close();
    }
}
