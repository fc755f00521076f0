package io.mopstudio.ui.builder;

import static io.mopstudio.ui.builder.BuilderRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.ui.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editors that used to need the YAML pane, used with the mouse and keyboard: the MOP's inputs,
 * a step's retries with delay and backoff, and a list parameter item by item. Each is undone on the
 * one undo stack, back to the text as it was.
 */
class FormEditorsWindowTest {

    @TempDir
    Path temp;

    @RegisterExtension
    final BuilderRobot window = new BuilderRobot();
    private String original;

    @BeforeEach
    void start() throws Exception {
        original = Files.readString(Fixtures.SAMPLE).replace("rollback_graph:\n", """
                rollback_graph:
                  - id: page_owner
                    action: shell.run
                    params:
                      command: [notify, oncall]
                """);
        Path file = Files.writeString(temp.resolve("MOP-284.yaml"), original);
        window.open(file, temp.resolve("audit"));
        window.waitFor("#node-execution-reset_pool");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void inputsRetriesAndListParametersAreEditedInFormsAndUndone() throws Exception {
        window.retrying(() -> window.text().contains("inputs:"), () -> window.click("#addInput"));
        window.waitForText("blast_radius_max: medium\n\ninputs:\n  - name: affected_resource\n\npre_checks:");
        window.fillUntil("input-0-pattern", "^[a-z]+-db$",
                "  - name: affected_resource\n    pattern: \"^[a-z]+-db$\"\n");
        window.click("#input-0-required");
        window.waitForText("    required: false\n");

        window.select("node-execution-restart_conn_manager");
        window.fillUntil("field-retries", "2", "    retries: 2\n");
        window.fillUntil("field-retries_delay", "10s", "    retries: {max: 2, delay: 10s}\n");
        window.fillUntil("field-retries_backoff", "2", "    retries: {max: 2, delay: 10s, backoff: 2}\n");

        window.showTab("Rollback graph");
        window.select("node-rollback-page_owner");
        window.fill("param-command-add", "orders, billing");
        window.waitForText("command: [notify, oncall, \"orders, billing\"]\n");
        window.click("#param-command-up-2");
        window.waitForText("command: [notify, \"orders, billing\", oncall]\n");
        window.click("#param-command-remove-0");
        window.waitForText("command: [\"orders, billing\", oncall]\n");

        // Nine edits, nine undos; a click the busy headless robot loses is simply made again.
        for (int i = 0; i < 20 && !window.text().equals(original); i++) {
            window.click("#undoButton");
            window.settle();
        }
        assertEquals(original, window.text());
    }
}
