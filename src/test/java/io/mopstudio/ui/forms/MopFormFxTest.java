package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.fx.FxThreadRobot;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The MOP's form wired to a document: its pre-checks, snapshots and validation timing controls change the text. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MopFormFxTest {

    private final FxRobot robot = new FxThreadRobot();
    private final MopDocument document = new MopDocument();
    private final FormEdits edits = new FormEdits(document, (before, after) -> { });
    private final SimpleObjectProperty<NodeKey> target = new SimpleObjectProperty<>();
    private final List<String> refusals = new ArrayList<>();
    private String sample;
    private InspectorView inspector;

    @BeforeEach
    void open() throws Exception {
        sample = Files.readString(Fixtures.SAMPLE);
        document.load(Optional.empty(), sample, Layout.EMPTY);
        inspector = FormWindow.open(document, edits, target, refusals);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theMopFormsListsAndTimingEditTheText() {
        robot.interact(() -> robot.lookup("#pre_check-2-up").queryAs(Button.class).fire());
        assertTrue(document.getText().contains("  - check: no_active_writes\n    timeout_seconds: 30\n"
                + "    abort_on_fail: false  # warn only\n  - check: replica_healthy\n"), document.getText());

        TextField window = robot.lookup("#field-validation-window").queryAs(TextField.class);
        robot.interact(() -> {
            window.setText("soon");
            window.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        assertEquals(List.of("window: 'soon' is not a duration such as 500ms, 15s, 2m or 1h30m (at most 366 days)"),
                refusals);
        assertTrue(window.getStyleClass().contains("field-invalid"));
        assertEquals("soon", FxThreadRobot.onFx(window::getText), "what was typed stays, marked");
        assertTrue(FxThreadRobot.onFx(() -> window.getTooltip().getText()).startsWith("Not written: window: 'soon'"));

        robot.interact(() -> robot.lookup("#addSnapshot").queryAs(ComboBox.class).setValue("pool_config"));
        assertTrue(document.getText().contains("\nsnapshots:\n  - id: pool_config\n    snapshot: pool_config\n"),
                document.getText());

        robot.interact(() -> target.set(NodeKey.validation("connection_wait_time")));
        assertEquals("Passes when connection_wait_time <= 50 ms holds for the environment's default window,"
                + " sampled at the environment's default interval, giving up after 1m",
                robot.lookup("#validation-sentence").queryAs(Label.class).getText());
        robot.interact(() -> {
            while (document.undo()) {
                // back, one change at a time (the form rebuilds on the FX thread)
            }
        });
        assertEquals(sample, document.getText());
    }

    @Test
    void aWrittenRollbackShowsAsWrittenAndTheDefaultSaysItIsTheDefault() {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "restart_conn_manager")));
        assertEquals("rollback", onFailure().getValue(), "the sample writes on_failure: rollback");
        robot.interact(() -> onFailure().setValue(""));
        assertEquals(sample.replaceFirst("    depends_on: \\[drain_connections\\]\n    on_failure: rollback\n",
                "    depends_on: [drain_connections]\n"), document.getText(), "the key removed, nothing else");
        assertEquals("", onFailure().getValue(), "not written: the empty choice");
        assertEquals("rollback (default)", FxThreadRobot.onFx(() -> onFailure().getButtonCell().getText()),
                "the empty choice says what applies");
        robot.interact(document::undo);
        assertEquals("rollback", onFailure().getValue());
        assertEquals(sample, document.getText());
    }

    @Test
    void aRollbackStepOffersNoOnFailureAndSaysWhatAFailureDoes() {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.ROLLBACK, "restore_pool_config")));
        assertTrue(FxThreadRobot.onFx(() -> robot.lookup("#field-on_failure").tryQuery().isEmpty()),
                "a rollback step does not take it");
        assertTrue(FxThreadRobot.onFx(() -> robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("ends ROLLBACK_FAILED"))), "the form says what a failure does");
    }

    @Test
    void typingGoesOnInTheNextFieldAfterAnEditRebuiltTheForm() {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "restart_conn_manager")));
        FxThreadRobot fx = (FxThreadRobot) robot;
        robot.clickOn(fx.centreOf("#field-timeout")).write("1m");
        // Leaving the field commits it and rebuilds the form under the click.
        robot.clickOn(fx.centreOf("#field-retries")).write("2");
        assertEquals("2", FxThreadRobot.onFx(() -> robot.lookup("#field-retries").queryAs(TextField.class).getText()),
                "what was typed after the click went into the field clicked");
        assertTrue(FxThreadRobot.onFx(() -> robot.lookup("#field-retries").query().isFocused()));
        robot.type(KeyCode.ENTER);
        assertTrue(document.getText().contains("    timeout: 1m\n"), document.getText());
        assertTrue(document.getText().contains("    retries: 2\n"), document.getText());
    }

    @Test
    void saveTakesTheFieldStillBeingTypedIn() {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "drain_connections")));
        FxThreadRobot fx = (FxThreadRobot) robot;
        robot.clickOn(fx.centreOf("#param-graceful_timeout"));
        robot.interact(() -> robot.lookup("#param-graceful_timeout").queryAs(TextField.class).setText("20s"));
        assertTrue(document.getText().contains("graceful_timeout: 15s"), "not committed yet: focus is still there");
        robot.interact(inspector::commitPending);
        assertTrue(document.getText().contains("graceful_timeout: 20s"), document.getText());
    }

    @Test
    void pickingAnActionFromTheListAfterATypoWritesThatAction() throws TimeoutException {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "reset_pool")));
        FxThreadRobot fx = (FxThreadRobot) robot;
        robot.clickOn(fx.centreOf(FxThreadRobot.onFx(() -> robot.lookup("#field-action").queryAs(ComboBox.class)
                .getEditor())));
        robot.type(KeyCode.END).write("x").type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> document.getText().contains("action: db.connection_pool.resetx\n"));

        robot.clickOn(fx.centreOf(FxThreadRobot.onFx(() -> robot.lookup("#field-action").query()
                .lookup(".arrow-button"))));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThreadRobot.onFx(() -> robot
                .lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> "db.connection_pool.reset"
                        .equals(c.getText()) && FxThreadRobot.shown(c)).tryQuery().isPresent()));
        javafx.scene.Node item = FxThreadRobot.onFx(() -> robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "db.connection_pool.reset".equals(c.getText()))
                .query());
        robot.clickOn(fx.centreOf(item));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(fx.centreOf("#field-id"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(sample, document.getText(), "the action as chosen, nothing cleared");
    }

    @Test
    void aRenameOnEnterIsWrittenOnceAndLeavingTheFieldSaysNothing() throws TimeoutException {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "drain_connections")));
        FxThreadRobot fx = (FxThreadRobot) robot;
        robot.clickOn(fx.centreOf("#field-id"));
        robot.interact(() -> robot.lookup("#field-id").queryAs(TextField.class).setText("drain"));
        robot.type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> document.getText().contains("- id: drain\n"));
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "reset_pool")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), refusals, "the rename is not tried again when the field loses the focus");
    }

    @Test
    void escapePutsBackWhatTheFileHolds() {
        robot.interact(() -> target.set(NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION, "drain_connections")));
        FxThreadRobot fx = (FxThreadRobot) robot;
        robot.clickOn(fx.centreOf("#field-id"));
        robot.interact(() -> robot.lookup("#field-id").queryAs(TextField.class).setText("reset_pool"));
        robot.type(KeyCode.ENTER);
        assertEquals(List.of("there is already a step 'reset_pool'"), refusals);
        robot.type(KeyCode.ESCAPE);
        assertEquals("drain_connections", FxThreadRobot.onFx(() -> robot.lookup("#field-id")
                .queryAs(TextField.class).getText()));
        assertEquals(List.of("there is already a step 'reset_pool'",
                "Escape put back the file's value: drain_connections; what was typed was not written"), refusals,
                "said, since what was typed is gone");
        assertFalse(FxThreadRobot.onFx(() -> robot.lookup("#field-id").query().getStyleClass()
                .contains("field-invalid")));
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> onFailure() {
        return robot.lookup("#field-on_failure").queryAs(ComboBox.class);
    }
}
