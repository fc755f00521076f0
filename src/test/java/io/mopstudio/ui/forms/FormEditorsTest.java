package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Retries;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.editor.MopDocument;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The inputs editor, the list-parameter editor and the retries fields, through the same edits their
 * controls make: each change is the smallest text change, reads back as meant, and undoes.
 */
class FormEditorsTest {

    private static final NodeKey RESTART = NodeKey.step(GraphKind.EXECUTION, "restart_conn_manager");

    private final MopDocument document = new MopDocument();
    private final FormEdits edits = new FormEdits(document, (before, after) -> { });

    private String sample() throws Exception {
        return Files.readString(Fixtures.SAMPLE);
    }

    private Mop mop() {
        return document.getMop().orElseThrow();
    }

    private Retries retries() {
        return mop().step(GraphKind.EXECUTION, RESTART.id()).orElseThrow().options().retries();
    }

    @Test
    void aValueTheModelRefusesIsShownAsWrittenSoItCanBeFixed() throws Exception {
        document.load(Optional.empty(), sample().replace("timeout_seconds: 30", "timeout_seconds: -5"), Layout.EMPTY);
        NodeKey writes = NodeKey.preCheck("no_active_writes");
        assertEquals(Optional.empty(), mop().preChecks().get(2).check().timeout(), "the model takes no -5");
        assertEquals("-5", edits.shown(writes, "timeout_seconds", Optional.empty()));
        assertEquals("", edits.shown(RESTART, "timeout", Optional.empty()), "nothing written: nothing shown");
        assertEquals("30", edits.shown(writes, "timeout_seconds", Optional.of("30")), "the model's value first");
    }

    @Test
    void retriesGrowFromACountToDelayAndBackoffOnOneLine() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        assertEquals(Optional.empty(), edits.setRetries(RESTART, retries(), RetriesText.Field.MAX, "2"));
        assertEquals(sample().replace("    on_failure: rollback\n\n  - id: reset_pool",
                "    on_failure: rollback\n    retries: 2\n\n  - id: reset_pool"), document.getText());
        assertEquals(Optional.empty(), edits.setRetries(RESTART, retries(), RetriesText.Field.DELAY, "10s"));
        assertEquals(Optional.empty(), edits.setRetries(RESTART, retries(), RetriesText.Field.BACKOFF, "2"));
        assertTrue(document.getText().contains("    retries: {max: 2, delay: 10s, backoff: 2}\n"), document.getText());
        assertEquals(new Retries(2, Duration.ofSeconds(10), 2.0), retries());
        assertEquals(Duration.ofSeconds(20), retries().delayBefore(2));

        assertEquals(Optional.of("retries backoff: '0.5' is not a factor of 1 or more (1 = the same wait each time,"
                + " 2 = doubling)"), edits.setRetries(RESTART, retries(), RetriesText.Field.BACKOFF, "0.5"));
        assertEquals(Optional.empty(), edits.setRetries(RESTART, retries(), RetriesText.Field.TOTAL, "2m"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), retries().total());
        for (RetriesText.Field field : RetriesText.Field.values()) {
            assertEquals(Optional.empty(), edits.setRetries(RESTART, retries(), field, ""));
        }
        assertEquals(sample(), document.getText(), "no retries left: the key goes");
    }

    @Test
    void inputsAreAddedEditedAndRemovedAsYaml() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        InputEdits inputs = edits.inputs();
        assertEquals(Optional.empty(), inputs.add(mop()));
        assertTrue(document.getText().contains("blast_radius_max: medium\n\ninputs:\n  - name: affected_resource\n\n"
                + "pre_checks:"), document.getText());
        assertEquals(Optional.empty(), inputs.set(0, "pattern", "^[a-z]+-db$"));
        assertEquals(Optional.empty(), inputs.set(0, "description", "The database in trouble"));
        assertEquals(Optional.empty(), inputs.add(mop()));
        assertEquals(Optional.empty(), inputs.set(1, "name", "region"));
        assertEquals(Optional.empty(), inputs.set(1, "type", "string"));
        assertEquals(Optional.empty(), inputs.set(1, "required", "false"));
        assertEquals(Optional.empty(), inputs.set(1, "default", "eu-west-1"));
        List<Input> declared = mop().inputs();
        assertEquals(List.of("affected_resource", "region"), declared.stream().map(Input::name).toList());
        assertEquals(Optional.of("^[a-z]+-db$"), declared.get(0).pattern());
        assertEquals("The database in trouble", declared.get(0).description());
        assertEquals(false, declared.get(1).required());
        assertEquals(Optional.of("eu-west-1"), declared.get(1).defaultValue());
        assertEquals(Optional.of("required: 'maybe' is not true or false"), inputs.set(1, "required", "maybe"));

        assertEquals(Optional.empty(), inputs.remove(mop(), 0));
        assertEquals(List.of("region"), mop().inputs().stream().map(Input::name).toList());
        assertEquals(Optional.empty(), inputs.remove(mop(), 0));
        assertEquals(sample(), document.getText(), "the last input takes its key along");
        while (document.undo()) {
            // back to the sample, one change at a time
        }
        assertEquals(sample(), document.getText());
    }

    @Test
    void aListParameterIsWrittenItemByItem() throws Exception {
        String text = sample().replace("""
                rollback_graph:
                """, """
                rollback_graph:
                  - id: page_owner
                    action: shell.run
                    params:
                      command: [notify, oncall]
                """);
        document.load(Optional.empty(), text, Layout.EMPTY);
        NodeKey page = NodeKey.step(GraphKind.ROLLBACK, "page_owner");
        List<String> items = List.of("notify", "oncall");
        assertEquals(Optional.empty(), edits.setList(page, "command",
                ListParamEditor.appended(items, "orders, billing")));
        assertEquals(text.replace("[notify, oncall]", "[notify, oncall, \"orders, billing\"]"), document.getText());
        assertEquals(List.of("notify", "oncall", "orders, billing"), command());
        assertEquals(Optional.empty(), edits.setList(page, "command", ListParamEditor.swapped(command(), 2, 1)));
        assertEquals(List.of("notify", "orders, billing", "oncall"), command());
        assertEquals(Optional.empty(), edits.setList(page, "command", ListParamEditor.without(command(), 0)));
        assertEquals(Optional.empty(), edits.setList(page, "command", ListParamEditor.replaced(command(), 1, "sre")));
        assertEquals(List.of("orders, billing", "sre"), command());
    }

    @Test
    void aHeaderFieldNotWrittenYetGoesBelowTheOneBeforeIt() throws Exception {
        String text = sample().replace("blast_radius_max: medium\n", "");
        document.load(Optional.empty(), text, Layout.EMPTY);
        assertEquals(Optional.empty(), edits.setHeader("blast_radius_max", "medium"));
        assertEquals(sample(), document.getText());
        assertEquals(Optional.empty(), edits.setHeader("blast_radius_max", ""));
        assertEquals(text, document.getText());
    }

    @Test
    void theDescriptionGoesAfterTheHeaderAndReadsBack() throws Exception {
        document.load(Optional.empty(), sample(), Layout.EMPTY);
        assertEquals(Optional.empty(), edits.setHeader("description", "Recovers a pool: drain, restart, reset"));
        assertEquals(sample().replace("blast_radius_max: medium\n",
                "blast_radius_max: medium\ndescription: \"Recovers a pool: drain, restart, reset\"\n"), document.getText());
        assertEquals("Recovers a pool: drain, restart, reset", mop().description());
    }

    @SuppressWarnings("unchecked")
    private List<String> command() {
        return (List<String>) mop().step(GraphKind.ROLLBACK, "page_owner").orElseThrow().params().get("command");
    }
}
