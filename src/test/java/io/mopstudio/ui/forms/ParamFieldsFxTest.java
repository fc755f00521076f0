package io.mopstudio.ui.forms;

import static io.mopstudio.ui.fx.FxThreadRobot.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.fx.FxThreadRobot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A parameter's control follows its schema: an enum is a choice of its words, a secret a masked field that
 * takes none, a boolean a check box unless what is written is neither true nor false.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ParamFieldsFxTest {

    private static final String TEXT = """
            mop_id: MOP-1
            name: "Params"
            version: "1.0"
            execution_graph:
              - id: lag
                action: prometheus.query
                params:
                  url: http://127.0.0.1:9090
                  query: up
              - id: feed
                action: shell.run
                params:
                  command: [cat]
              - id: restart
                action: service.restart
                params:
                  service: pool
                  wait_healthy: maybe
              - id: restart_again
                action: service.restart
                params:
                  service: pool
                  wait_healthy: true
            """;

    private final FxRobot robot = new FxThreadRobot();
    private final MopDocument document = new MopDocument();
    private final FormEdits edits = new FormEdits(document, (before, after) -> { });
    private final SimpleObjectProperty<NodeKey> target = new SimpleObjectProperty<>();
    private final List<String> refusals = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        document.load(Optional.empty(), TEXT, Layout.EMPTY);
        FormWindow.open(document, edits, target, refusals);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnumIsAChoiceOfItsWordsWithTheDefaultNamed() {
        robot.interact(() -> target.set(NodeKey.step(GraphKind.EXECUTION, "lag")));
        ComboBox<String> reduce = onFx(() -> robot.lookup("#param-reduce").queryAs(ComboBox.class));
        assertEquals(List.of("", "none", "max", "min", "sum"), onFx(() -> List.copyOf(reduce.getItems())));
        assertFalse(onFx(reduce::isEditable), "only the catalog's words");
        assertEquals("none (default)", onFx(() -> reduce.getButtonCell().getText()));
        robot.interact(() -> reduce.setValue("max"));
        assertTrue(document.getText().contains("      query: up\n      reduce: max\n"), document.getText());
    }

    @Test
    void aSecretIsMaskedAndNoValueIsWrittenIntoTheMop() {
        robot.interact(() -> target.set(NodeKey.step(GraphKind.EXECUTION, "feed")));
        TextField stdin = onFx(() -> robot.lookup("#param-stdin").queryAs(TextField.class));
        assertTrue(stdin instanceof PasswordField, "masked: " + stdin.getClass());
        robot.interact(() -> {
            stdin.setText("hunter2");
            stdin.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        assertEquals(TEXT, document.getText(), "nothing written");
        assertEquals(List.of("stdin is a secret: the environment's credentials give it through the inventory,"
                + " and a MOP never holds one"), refusals);
    }

    @Test
    void aBooleanWrittenAsNeitherTrueNorFalseIsShownAsWrittenNotAsAnUncheckedBox() {
        robot.interact(() -> target.set(NodeKey.step(GraphKind.EXECUTION, "restart_again")));
        assertTrue(onFx(() -> robot.lookup("#param-wait_healthy").queryAs(CheckBox.class).isSelected()));

        robot.interact(() -> target.set(NodeKey.step(GraphKind.EXECUTION, "restart")));
        TextField waitHealthy = onFx(() -> robot.lookup("#param-wait_healthy").queryAs(TextField.class));
        assertEquals("maybe", onFx(waitHealthy::getText), "the mistake is visible where it can be fixed");
        robot.interact(() -> {
            waitHealthy.setText("true");
            waitHealthy.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        assertTrue(document.getText().contains("      service: pool\n      wait_healthy: true\n  - id: restart_again"),
                document.getText());
    }
}

