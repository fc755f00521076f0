package io.mopstudio.ui.forms;

import static io.mopstudio.ui.fx.FxThreadRobot.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.fx.FxThreadRobot;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A template field typed into with the keyboard: completions offered and taken, unknown names underlined. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TemplateFieldFxTest {

    private static final TemplateNames SCOPE = new TemplateNames(List.of("incident.affected_resource",
            "incident.ticket", "pre_execution.pool_config"), Set.of("env"));

    private final FxRobot robot = new FxThreadRobot();
    private TextField field;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            field = new TextField();
            field.setId("param-service");
            VBox box = new VBox(new TemplateField(field, SCOPE).node(), new TextField("elsewhere"));
            stage.setScene(new Scene(box, 500, 300));
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void typingAfterTheBracesOffersTheNamesInScopeAndTheKeyboardTakesOne() throws TimeoutException {
        robot.clickOn(((FxThreadRobot) robot).centreOf("#param-service"));
        robot.write("{{ inc");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> completions().isPresent()));
        assertEquals(List.of("incident.affected_resource", "incident.ticket"),
                onFx(() -> List.copyOf(completions().orElseThrow().getItems())));

        assertEquals("incident.affected_resource", onFx(() -> completions().orElseThrow().getSelectionModel()
                .getSelectedItem()), "the first is chosen, and shown so");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertEquals("{{ incident.ticket }}", onFx(field::getText), "Down moves to the next name");
        assertFalse(onFx(() -> completions().isPresent()), "the list closes once a name is taken");

        robot.write(".x");
        assertEquals("{{ incident.ticket }}.x", onFx(field::getText), "typing goes on after the template");
        assertTrue(onFx(field::isFocused));
    }

    @Test
    void enterAloneTakesTheFirstName() throws TimeoutException {
        robot.clickOn(((FxThreadRobot) robot).centreOf("#param-service"));
        robot.write("{{ inc");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> completions().isPresent()));
        robot.type(KeyCode.ENTER);
        assertEquals("{{ incident.affected_resource }}", onFx(field::getText));
    }

    @Test
    void escapeClosesTheListAndLeavesTheTextAsTyped() throws TimeoutException {
        robot.clickOn(((FxThreadRobot) robot).centreOf("#param-service"));
        robot.write("{{ pre");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> completions().isPresent()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> completions().isEmpty()));
        assertEquals("{{ pre", onFx(field::getText));
    }

    @Test
    void aNameNotInScopeIsUnderlinedAndTheTooltipSaysWhatWasMeant() throws TimeoutException {
        robot.interact(() -> field.setText("{{ incident.affected_resourc }}/health"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !underline().getElements().isEmpty()));
        assertTrue(onFx(() -> field.getStyleClass().contains(TemplateField.UNKNOWN_STYLE)));
        assertEquals("'incident.affected_resourc' is not in scope here; did you mean 'incident.affected_resource'?",
                onFx(() -> field.getTooltip().getText()));
        double width = onFx(() -> underline().getLayoutBounds().getWidth());
        double nameWidth = onFx(() -> new javafx.scene.text.Text("incident.affected_resourc").getLayoutBounds()
                .getWidth());
        assertTrue(width > nameWidth * 0.7 && width < nameWidth * 1.4,
                "the line is under the name alone: " + width + " vs " + nameWidth);

        robot.interact(() -> field.setText("{{ incident.affected_resource }}/health {{ env.any }}"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> underline().getElements().isEmpty()));
        assertFalse(onFx(() -> field.getStyleClass().contains(TemplateField.UNKNOWN_STYLE)));
    }

    @SuppressWarnings("unchecked")
    private java.util.Optional<ListView<String>> completions() {
        return robot.listWindows().stream().filter(javafx.stage.Window::isShowing)
                .map(w -> w.getScene().getRoot().lookup("#param-service-completions"))
                .filter(java.util.Objects::nonNull).map(n -> (ListView<String>) n).findFirst();
    }

    private Path underline() {
        return (Path) field.getParent().lookup("." + TemplateField.UNDERLINE_STYLE);
    }
}
