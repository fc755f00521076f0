package io.mopstudio.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An SRE who never wrote the YAML builds a two-step MOP with the mouse and a form: drags two actions
 * from the palette, draws the wire between their ports, fills a parameter, saves; the file validates
 * and reads as written by hand, and undo gives back the text as it was.
 */
class BuilderWindowTest {

    private static final String START = """
            mop_id: MOP-284
            name: "Database Connection Pool Recovery"
            version: "2.3.1"
            category: database

            execution_graph: []
            """;

    @TempDir
    Path temp;

    @RegisterExtension
    final BuilderRobot window = new BuilderRobot();
    private Path file;

    @BeforeEach
    void startWindow() throws Exception {
        file = Files.writeString(temp.resolve("MOP-284.yaml"), START);
        window.open(file, temp.resolve("audit"));
    }

    @Test
    void buildsATwoStepMopWithTheMouseAndSavesItAsHandWritten() throws Exception {
        window.waitFor("#palette-db_connection_pool_drain");
        Bounds area = window.canvasArea();
        window.dragFromPalette("db.connection_pool.drain", new Point2D(area.getMinX() + 200, area.getMinY() + 150));
        window.waitFor("#node-execution-drain");
        window.dragFromPalette("service.restart", new Point2D(area.getMinX() + 550, area.getMinY() + 150));
        window.waitFor("#node-execution-restart");

        window.wire("node-execution-drain", "node-execution-restart");
        BuilderRobot.waitUntil(() -> Files.readString(file).equals(START) && text().contains("depends_on: [drain]"));

        window.click("#node-execution-restart .node-title");
        window.click("#param-service");
        window.fx().write("orders-db.conn_manager").type(KeyCode.ENTER);
        BuilderRobot.waitUntil(() -> text().contains("service: orders-db.conn_manager"));
        String beforeSave = text();

        window.click("#saveButton");
        BuilderRobot.waitUntil(() -> Files.readString(file).equals(beforeSave));
        Validation validation = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow())
                .validate(file);
        assertFalse(validation.hasErrors(), validation.problems().toString());
        Mop saved = validation.mop().orElseThrow();
        assertEquals(List.of("drain"), saved.step(GraphKind.EXECUTION, "restart").orElseThrow().dependsOn());
        assertTrue(Files.readString(file).endsWith("""
                execution_graph:
                  - id: drain
                    action: db.connection_pool.drain
                  - id: restart
                    action: service.restart
                    depends_on: [drain]
                    params:
                      service: orders-db.conn_manager
                """), Files.readString(file));
        assertTrue(Files.exists(temp.resolve("MOP-284.layout.json")), "positions are saved beside the MOP");

        window.click("#undoButton");
        BuilderRobot.waitUntil(() -> text().equals(beforeSave.replace("    params:\n      service: orders-db.conn_manager\n", "")));
    }

    @Test
    void anItemDroppedBesideTheGraphAddsNothingAndSaysWhere() throws Exception {
        String before = text();
        window.waitFor("#palette-db_connection_pool_drain");
        window.dragFromPalette("db.connection_pool.drain", window.centre("#yamlText"));
        BuilderRobot.waitUntil(() -> window.status().equals(
                "Not added: drop db.connection_pool.drain onto the graph to add it"));
        assertEquals(before, text());
    }

    private String text() {
        return window.text();
    }
}
