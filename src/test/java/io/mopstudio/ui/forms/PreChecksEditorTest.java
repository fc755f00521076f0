package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.PlacedLayout;
import io.mopstudio.ui.canvas.Point;
import io.mopstudio.ui.editor.MopDocument;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pre-checks list in the MOP's form: add, remove and reorder, each the smallest text change, each undone exactly. */
class PreChecksEditorTest {

    private static final String SERVICE_STATE = """
              - check: service_state
                target: "{{ incident.affected_resource }}"
                expected_state: degraded
                abort_on_fail: true
            """;
    private static final String REPLICA = """
              - check: replica_healthy
                target: "{{ incident.affected_resource }}.replica"
                abort_on_fail: true
            """;
    private static final String WRITES = """
              # writes must have stopped before the pool is drained
              - check: no_active_writes
                timeout_seconds: 30
                abort_on_fail: false  # warn only
            """;

    private final MopDocument document = new MopDocument();
    private final FormEdits edits = new FormEdits(document, (before, after) -> { });
    private final PreCheckEdits preChecks = edits.preChecks();

    /** The sample with a comment above its last pre-check, which must travel with it. */
    private String commented() throws Exception {
        String text = Files.readString(Fixtures.SAMPLE).replace("  - check: no_active_writes\n",
                "  # writes must have stopped before the pool is drained\n  - check: no_active_writes\n");
        assertTrue(text.contains(SERVICE_STATE + REPLICA + WRITES), "the fixture is as this test expects");
        return text;
    }

    private Mop mop() {
        return document.getMop().orElseThrow();
    }

    private List<String> order() {
        return mop().preChecks().stream().map(PreCheck::nodeId).toList();
    }

    @Test
    void movingACheckSwapsItsLinesAndCommentsAndNothingElse() throws Exception {
        String original = commented();
        document.load(Optional.empty(), original, Layout.EMPTY);
        assertEquals(Optional.empty(), preChecks.move(mop(), 2, -1));
        assertEquals(original.replace(REPLICA + WRITES, WRITES + REPLICA), document.getText());
        assertEquals(List.of("service_state", "no_active_writes", "replica_healthy"), order());
        assertEquals(false, mop().preChecks().get(1).abortOnFail(), "its settings moved with it");

        assertEquals(Optional.empty(), preChecks.move(mop(), 0, +1));
        assertEquals(original.replace(SERVICE_STATE + REPLICA + WRITES, WRITES + SERVICE_STATE + REPLICA),
                document.getText());
        assertEquals(Optional.of("the pre-check cannot move further that way"), preChecks.move(mop(), 0, -1));
        assertEquals(Optional.of("the pre-check cannot move further that way"), preChecks.move(mop(), 2, +1));

        assertTrue(document.undo());
        assertTrue(document.undo());
        assertEquals(original, document.getText(), "undo returns the exact text");
    }

    @Test
    void theLastCheckMovesAtTheEndOfAFileWithoutAFinalLineBreak() throws Exception {
        String text = """
                mop_id: MOP-1
                name: "Two checks"
                version: "1"
                execution_graph:
                  - id: reset_pool
                    action: db.connection_pool.reset
                pre_checks:
                  - check: service_state
                  - check: no_active_writes""";
        document.load(Optional.empty(), text, Layout.EMPTY);
        assertEquals(Optional.empty(), preChecks.move(mop(), 1, -1));
        assertEquals(text.replace("  - check: service_state\n  - check: no_active_writes",
                "  - check: no_active_writes\n  - check: service_state"), document.getText());
    }

    @Test
    void twoChecksOfTheSameNameTradePlacesAndEachBoxStaysWhereItWas() throws Exception {
        String text = """
                mop_id: MOP-1
                name: "Two replicas"
                version: "1"
                pre_checks:
                  - check: replica_healthy
                    target: east
                  - check: replica_healthy
                    target: west
                execution_graph:
                  - id: reset_pool
                    action: db.connection_pool.reset
                """;
        NodePosition east = PlacedLayout.position(NodeKey.preCheck("replica_healthy"), new Point(10, 20));
        NodePosition west = PlacedLayout.position(NodeKey.preCheck("replica_healthy#2"), new Point(10, 200));
        document.load(Optional.empty(), text, new Layout(List.of(east, west)));
        assertEquals(Optional.empty(), preChecks.move(mop(), 1, -1));
        assertEquals("west", mop().preChecks().get(0).check().params().get("target"));
        // West is now replica_healthy (the first of the name): it keeps west's box, east keeps east's.
        assertEquals(Optional.of(new NodePosition("pre_checks", "replica_healthy", 10, 200)),
                document.getLayout().position(PlacedLayout.layoutKey(NodeKey.preCheck("replica_healthy"))));
        assertEquals(Optional.of(new NodePosition("pre_checks", "replica_healthy#2", 10, 20)),
                document.getLayout().position(PlacedLayout.layoutKey(NodeKey.preCheck("replica_healthy#2"))));
        document.undo();
        assertEquals(text, document.getText());
        assertEquals(new Layout(List.of(east, west)).positions().stream().collect(java.util.stream.Collectors.toSet()),
                document.getLayout().positions().stream().collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aFileWithWindowsLineBreaksKeepsThem() throws Exception {
        String original = commented().replace("\n", "\r\n");
        document.load(Optional.empty(), original, Layout.EMPTY);
        assertEquals(Optional.empty(), preChecks.move(mop(), 1, +1));
        assertEquals(original.replace((REPLICA + WRITES).replace("\n", "\r\n"),
                (WRITES + REPLICA).replace("\n", "\r\n")), document.getText());
    }

    @Test
    void aHashInsideABlockTextIsNotTakenForAComment() throws Exception {
        String first = "  - check: service_state\n    description: |\n      degraded, as paged\n      # 42 in the runbook\n";
        String second = "  - check: no_active_writes\n";
        String text = "mop_id: MOP-1\nname: \"Text\"\nversion: \"1\"\npre_checks:\n" + first + second
                + "execution_graph:\n  - id: reset_pool\n    action: db.connection_pool.reset\n";
        document.load(Optional.empty(), text, Layout.EMPTY);
        assertEquals(Optional.empty(), preChecks.move(mop(), 0, +1));
        assertEquals(text.replace(first + second, second + first), document.getText());
    }

    @Test
    void aOneLineListIsLeftToTheYamlPane() throws Exception {
        String text = """
                mop_id: MOP-1
                name: "Flow"
                version: "1"
                pre_checks: [{check: service_state}, {check: no_active_writes}]
                execution_graph:
                  - id: reset_pool
                    action: db.connection_pool.reset
                """;
        document.load(Optional.empty(), text, Layout.EMPTY);
        assertEquals(Optional.of("pre_checks is written [...] on one line; reorder it in the YAML pane"),
                preChecks.move(mop(), 0, +1));
        assertEquals(text, document.getText());
    }

    @Test
    void checksAreAddedEditedAndRemovedAsYaml() throws Exception {
        String original = commented();
        document.load(Optional.empty(), original, Layout.EMPTY);
        assertEquals(Optional.empty(), preChecks.add("replica_healthy"));
        assertEquals(original.replace(WRITES, WRITES + "  - check: replica_healthy\n"), document.getText(),
                "one line added after the last check");
        NodeKey added = NodeKey.preCheck("replica_healthy#2");
        assertEquals(Optional.empty(), edits.setField(added, "abort_on_fail", "false"));
        assertEquals(Optional.empty(), edits.setParam(added, "target", "orders-db",
                io.mopstudio.catalog.ParamType.RESOURCE));
        assertEquals(Optional.of("timeout_seconds: 'soon' is not a whole number, such as 10"),
                edits.setField(added, "timeout_seconds", "soon"));
        assertEquals(original.replace(WRITES, WRITES
                + "  - check: replica_healthy\n    abort_on_fail: false\n    target: orders-db\n"), document.getText());
        assertEquals(false, mop().preChecks().get(3).abortOnFail());
        assertEquals(Optional.of("check: choose a check of the catalog to add"), preChecks.add(" "));

        assertEquals(Optional.empty(), preChecks.remove(mop(), 3));
        assertEquals(original, document.getText());
        while (!mop().preChecks().isEmpty()) {
            assertEquals(Optional.empty(), preChecks.remove(mop(), 0));
        }
        assertTrue(document.getText().contains("blast_radius_max: medium\n\nexecution_graph:"), document.getText());
        while (document.undo()) {
            // back, one change at a time
        }
        assertEquals(original, document.getText());
    }
}
