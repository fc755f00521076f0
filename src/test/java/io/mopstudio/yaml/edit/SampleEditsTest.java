package io.mopstudio.yaml.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.testing.ValidMops;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Edits of the seed's MOP-284, each checked against the exact lines it must change and nothing else. */
class SampleEditsTest {

    private static String sample;

    @BeforeAll
    static void read() throws Exception {
        sample = Files.readString(ValidMops.SAMPLE);
    }

    private static String edit(MopEdit edit) throws EditException {
        EditResult result = new MopEditor().apply(sample, "sample", edit);
        String undone = new MopEditor().apply(result.text(), "sample", result.inverse()).text();
        assertEquals(sample, undone, "the inverse edit restores the file byte for byte");
        return result.text();
    }

    /** The lines that differ, as "N: new text", for files of the same length in lines. */
    private static List<String> changedLines(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        assertEquals(a.size(), b.size(), "no line added or removed:\n" + after);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add((i + 1) + ": " + b.get(i));
            }
        }
        return out;
    }

    @Test
    void noEditLeavesEveryByte() throws Exception {
        assertEquals(sample, edit(new ReplaceText(Patch.NONE)));
    }

    @Test
    void aThresholdChangesOneLine() throws Exception {
        assertEquals(List.of("44:     threshold_ms: 75"),
                changedLines(sample, edit(new SetValue("validation.connection_wait_time.threshold_ms", "75"))));
    }

    @Test
    void anEndOfLineCommentSurvives() throws Exception {
        assertEquals(List.of("18:     abort_on_fail: true  # warn only"),
                changedLines(sample, edit(new SetValue("pre_checks[2].abort_on_fail", "true"))));
    }

    @Test
    void quotedTextStaysQuoted() throws Exception {
        assertEquals(List.of("4: version: \"2.4.0\""), changedLines(sample, edit(new SetValue("version", "2.4.0"))));
        assertEquals(List.of("38:       initial_size: 30"),
                changedLines(sample, edit(new SetValue("execution_graph.reset_pool.params.initial_size", "30"))));
    }

    @Test
    void renamingAStepUpdatesItsReferences() throws Exception {
        assertEquals(List.of("27:   - id: restart_manager", "39:     depends_on: [restart_manager]"),
                changedLines(sample, edit(new RenameStep("restart_conn_manager", "restart_manager"))));
    }

    @Test
    void aDependencyJoinsTheFlowList() throws Exception {
        assertEquals(List.of("39:     depends_on: [restart_conn_manager, drain_connections]"),
                changedLines(sample, edit(new AddDependency("reset_pool", "drain_connections"))));
    }

    @Test
    void aMissingKeyIsOneNewLineAtTheStepsIndentation() throws Exception {
        String edited = edit(new SetValue("execution_graph.reset_pool.timeout", "2m"));
        List<String> lines = edited.lines().toList();
        assertEquals("    on_failure: rollback", lines.get(39));
        assertEquals("    timeout: 2m", lines.get(40));
        assertEquals(sample, edited.replace("    timeout: 2m\n", ""));
    }

    @Test
    void anAddedStepFollowsTheGraphsSpacing() throws Exception {
        String edited = edit(new AddStep(GraphKind.EXECUTION,
                "id: notify\naction: http.request\nparams:\n  url: http://chat.example/hook\ndepends_on: [reset_pool]"));
        String added = "\n  - id: notify\n    action: http.request\n    params:\n      url: http://chat.example/hook\n"
                + "    depends_on: [reset_pool]\n";
        assertEquals(sample.replace("    on_failure: rollback\n\nvalidation:",
                "    on_failure: rollback\n" + added + "\nvalidation:"), edited);
    }

    @Test
    void aRemovedStepTakesItsLinesAndItsReferences() throws Exception {
        String edited = edit(new RemoveStep("restart_conn_manager"));
        String expected = sample.replace("""
                  - id: restart_conn_manager
                    action: service.restart
                    params:
                      service: "{{ incident.affected_resource }}.conn_manager"
                      wait_healthy: true
                    depends_on: [drain_connections]
                    on_failure: rollback

                """, "").replace("    depends_on: [restart_conn_manager]\n", "");
        assertEquals(expected, edited);
    }

    @Test
    void pathsThatNameNothingAreRefusedPlainly() {
        EditException e = assertThrows(EditException.class,
                () -> edit(new SetValue("execution_graph.reset_poll.params.initial_size", "3")));
        assertTrue(e.getMessage().contains("no item 'reset_poll'"), e.getMessage());
        assertThrows(EditException.class, () -> edit(new RenameStep("reset_pool", "drain_connections")));
        assertThrows(EditException.class, () -> edit(new SetValue("version", "{unclosed")));
    }

    @Test
    void anActionChosenForAStepThatHadNoneIsWrittenAndTheFileIsValidAgain() throws Exception {
        String withoutAction = sample.replace("    action: service.restart\n", "");
        assertTrue(new io.mopstudio.yaml.MopLoader().parse(withoutAction, "x").hasErrors());

        String chosen = new MopEditor().apply(withoutAction, "x",
                new SetValue("execution_graph.restart_conn_manager.action", "service.restart")).text();

        assertTrue(chosen.contains("    action: service.restart"), chosen);
        assertTrue(new io.mopstudio.yaml.MopLoader().parse(chosen, "x").valid().isPresent(), chosen);
    }
}
