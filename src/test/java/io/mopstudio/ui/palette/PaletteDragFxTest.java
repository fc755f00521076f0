package io.mopstudio.ui.palette;

import static io.mopstudio.ui.fx.FxThreadRobot.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.validation.ValidationContexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;

/** While an item is dragged its name follows the pointer; released elsewhere, it is handed over with the point. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PaletteDragFxTest {

    private final FxThreadRobot robot = new FxThreadRobot();
    private final List<String> dropped = new ArrayList<>();
    private final Pane target = new Pane();

    @BeforeEach
    void open() throws TimeoutException {
        PaletteViewModel model = new PaletteViewModel();
        model.setCatalog(new ValidationContexts().bundled().valid().orElseThrow().catalog());
        model.filterProperty().set("connection_pool"); // the items on the window, not scrolled out of it
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            PaletteView palette = new PaletteView(model, (item, at) -> dropped.add(item.name() + " at "
                    + (target.localToScene(target.getBoundsInLocal()).contains(at) ? "target" : "elsewhere")));
            target.setPrefSize(500, 600);
            target.setId("dropTarget");
            stage.setScene(new Scene(new HBox(palette.node(), target), 800, 600));
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theItemsNameFollowsThePointerUntilItIsDropped() {
        Point2D from = robot.centreOf("#palette-db_connection_pool_drain");
        Point2D to = robot.centreOf("#dropTarget");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(40, 10).moveTo(to);
        assertEquals(Optional.of("db.connection_pool.drain"), ghostText(), "shown while dragging");
        robot.release(MouseButton.PRIMARY);

        assertEquals(Optional.empty(), ghostText(), "gone once dropped");
        assertEquals(List.of("db.connection_pool.drain at target"), dropped);
    }

    @Test
    void aClickWithoutADragShowsNothingAndDropsNothing() {
        robot.clickOn(robot.centreOf("#palette-db_connection_pool_drain"));
        assertFalse(ghostText().isPresent());
        assertTrue(dropped.isEmpty(), "released on the item itself: " + dropped);
    }

    private Optional<String> ghostText() {
        return onFx(() -> Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .flatMap(w -> ((Popup) w).getContent().stream())
                .filter(n -> n instanceof Label l && l.getStyleClass().contains(DragGhost.STYLE))
                .map(n -> ((Label) n).getText()).findFirst());
    }
}
