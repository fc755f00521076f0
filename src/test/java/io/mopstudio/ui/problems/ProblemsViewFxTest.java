package io.mopstudio.ui.problems;

import static io.mopstudio.ui.fx.FxThreadRobot.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.SourcePosition;
import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A long finding wraps within the list's width instead of running past it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProblemsViewFxTest {

    private final FxThreadRobot robot = new FxThreadRobot();

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLongFindingIsWrappedWithinTheListsWidth() throws TimeoutException {
        ProblemsViewModel model = new ProblemsViewModel(UiDispatch.inline(), () -> {
            throw new AssertionError("not validated here");
        });
        String advice = "step 'restart_conn_manager' depends on 'drain_connection', which is not a step of"
                + " execution_graph; did you mean 'drain_connections'? ".repeat(4);
        List<Problem> shown = new ArrayList<>(List.of(Problem.error(new SourcePosition("m.yaml", 32, 18),
                "graph.unknown_dependency", advice)));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            model.problems().setAll(shown);
            stage.setScene(new Scene(new StackPane(new ProblemsView(model, p -> { }).node()), 500, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListCell<?> cell = onFx(() -> robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null
                && c.getText().contains("drain_connection")).query());
        double listWidth = onFx(() -> robot.lookup("#problemsList").query().getBoundsInLocal().getWidth());
        assertTrue(onFx(cell::getWidth) <= listWidth, "within the list: " + onFx(cell::getWidth) + " of " + listWidth);
        assertTrue(onFx(cell::getHeight) > 40, "several lines tall: " + onFx(cell::getHeight));
        assertEquals(1, onFx(() -> robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null).queryAll()
                .size()));
    }
}
