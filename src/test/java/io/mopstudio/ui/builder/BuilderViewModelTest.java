package io.mopstudio.ui.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.Point;
import io.mopstudio.ui.canvas.RankLayout;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.ui.problems.ProblemTarget;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.ValidationContexts;
import io.mopstudio.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuilderViewModelTest {

    private static final NodeKey DRAIN = NodeKey.step(GraphKind.EXECUTION, "drain_connections");
    private static final NodeKey RESTART = NodeKey.step(GraphKind.EXECUTION, "restart_conn_manager");
    private static final NodeKey RESET = NodeKey.step(GraphKind.EXECUTION, "reset_pool");

    @TempDir
    Path temp;

    private final BuilderViewModel builder = new BuilderViewModel(UiDispatch.inline(), canvas(), canvas());

    private static GraphCanvasViewModel canvas() {
        return new GraphCanvasViewModel(graph -> CompletableFuture.completedFuture(RankLayout.layout(graph, "test")),
                UiDispatch.inline(), FXCollections.observableHashMap());
    }

    private Mop mop() {
        return builder.document().getMop().orElseThrow();
    }

    private GraphEditor execution() {
        return builder.editor(GraphKind.EXECUTION);
    }

    @Test
    void buildsMop284FromNothingAndItValidatesLikeTheSeed() throws Exception {
        builder.newMop();
        assertEquals("MOP Studio — New MOP (untitled.yaml)", builder.titleProperty().get());
        execution().drop("action:db.connection_pool.drain", new Point(200, 100));
        execution().drop("action:service.restart", new Point(500, 100));
        execution().drop("action:db.connection_pool.reset", new Point(800, 100));
        execution().connect(NodeKey.step(GraphKind.EXECUTION, "drain"), NodeKey.step(GraphKind.EXECUTION, "restart"));
        execution().connect(NodeKey.step(GraphKind.EXECUTION, "restart"), NodeKey.step(GraphKind.EXECUTION, "reset"));
        NodeKey restart = NodeKey.step(GraphKind.EXECUTION, "restart");
        assertEquals(Optional.empty(), builder.edits().setParam(restart, "service",
                "{{ incident.affected_resource }}.conn_manager", io.mopstudio.catalog.ParamType.RESOURCE));
        assertEquals(Optional.empty(), builder.edits().setParam(NodeKey.step(GraphKind.EXECUTION, "reset"),
                "initial_size", "10", io.mopstudio.catalog.ParamType.INTEGER));
        assertEquals(Optional.empty(), builder.edits().setField(NodeKey.step(GraphKind.EXECUTION, "drain"),
                "on_failure", "abort"));
        builder.editor(GraphKind.ROLLBACK).drop("action:db.connection_pool.restore_config", new Point(100, 100));
        assertEquals(Optional.empty(), builder.edits().setParam(NodeKey.step(GraphKind.ROLLBACK, "restore_config"),
                "config_snapshot", "{{ pre_execution.pool_config }}", io.mopstudio.catalog.ParamType.MAP));
        execution().drop("check:service_state", new Point(-400, 100));
        execution().drop("check:connection_wait_time", new Point(1200, 100));
        assertEquals(Optional.empty(), builder.edits().setParam(NodeKey.preCheck("service_state"), "target",
                "{{ incident.affected_resource }}", io.mopstudio.catalog.ParamType.RESOURCE));
        assertEquals(Optional.empty(), builder.edits().setParam(NodeKey.validation("connection_wait_time"),
                "threshold_ms", "50", io.mopstudio.catalog.ParamType.NUMBER));

        Path file = temp.resolve("MOP-284.yaml");
        assertTrue(builder.saveAs(file));
        assertFalse(builder.document().dirtyProperty().get());
        MopValidator validator = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow());
        var validation = validator.validate(file);
        assertEquals(List.of(), validation.problems().stream().filter(Problem::isError).toList());
        Mop saved = validation.mop().orElseThrow();
        assertEquals(List.of("drain", "restart", "reset"), saved.executionGraph().stream().map(Step::id).toList());
        assertEquals(List.of("restart"), saved.step(GraphKind.EXECUTION, "reset").orElseThrow().dependsOn());
        String text = Files.readString(file);
        assertTrue(text.contains("""
                  - id: restart
                    action: service.restart
                    depends_on: [drain]
                    params:
                      service: "{{ incident.affected_resource }}.conn_manager"
                """), text);
        assertTrue(Files.exists(file.resolveSibling("MOP-284.layout.json")));
    }

    @Test
    void aRefusedValueIsSaidUntilTheNextEditIsWritten() {
        builder.open(Fixtures.SAMPLE);
        io.mopstudio.ui.forms.FormContext form = builder.formContext(builder::refused).orElseThrow();
        Optional<String> refused = form.edits().setField(RESTART, "timeout", "soon");
        assertTrue(refused.isPresent(), "not a duration");
        refused.ifPresent(builder::refused);
        assertEquals(refused.get(), builder.statusProperty().get());

        assertEquals(Optional.empty(), form.edits().setField(RESTART, "timeout", "30s"));
        assertEquals("", builder.statusProperty().get(), "the refusal is not left standing over a written edit");
    }

    @Test
    void aWireThatWouldCloseACycleIsRefusedWithTheReason() {
        builder.open(Fixtures.SAMPLE);
        assertEquals(Optional.of("would close a cycle: drain_connections → restart_conn_manager → reset_pool"
                + " → drain_connections"), execution().refuseConnection(RESET, DRAIN));
        assertEquals(Optional.of("a step cannot wait for itself"), execution().refuseConnection(RESET, RESET));
        assertEquals(Optional.of("restart_conn_manager already waits for drain_connections"),
                execution().refuseConnection(DRAIN, RESTART));
        assertTrue(execution().refuseConnection(NodeKey.preCheck("service_state"), DRAIN).isPresent());
        assertEquals(Optional.empty(), execution().refuseConnection(DRAIN, RESET));
        String before = builder.document().getText();
        execution().connect(RESET, DRAIN);
        assertEquals(before, builder.document().getText(), "a refused wire changes nothing");
        assertTrue(builder.statusProperty().get().contains("cycle"));
    }

    @Test
    void pastedStepsGetNewIdsAndFollowEachOther() {
        builder.open(Fixtures.SAMPLE);
        execution().copy(Set.of(RESTART, RESET));
        execution().paste(new Point(300, 400));
        Mop mop = mop();
        assertEquals(List.of("drain_connections", "restart_conn_manager", "reset_pool", "restart_conn_manager_2",
                "reset_pool_2"), mop.executionGraph().stream().map(Step::id).toList());
        assertEquals(List.of("drain_connections"), mop.step(GraphKind.EXECUTION, "restart_conn_manager_2")
                .orElseThrow().dependsOn(), "a dependency outside the copy is kept");
        assertEquals(List.of("restart_conn_manager_2"), mop.step(GraphKind.EXECUTION, "reset_pool_2").orElseThrow()
                .dependsOn(), "a dependency inside the copy follows it");
        execution().duplicate(Set.of(DRAIN));
        assertTrue(mop().step(GraphKind.EXECUTION, "drain_connections_2").isPresent());
        assertEquals("Duplicated as drain_connections_2", builder.statusProperty().get());
        io.mopstudio.layout.Layout layout = builder.document().getLayout();
        Optional<Point> original = io.mopstudio.ui.canvas.PlacedLayout.topLeft(layout, DRAIN);
        Optional<Point> copy = io.mopstudio.ui.canvas.PlacedLayout.topLeft(layout,
                NodeKey.step(GraphKind.EXECUTION, "drain_connections_2"));
        assertTrue(copy.orElseThrow().y() >= original.orElseThrow().y() + io.mopstudio.ui.canvas.NodeSize.HEIGHT,
                "the copy is clear of the original: " + original + " / " + copy);
        execution().paste(new Point(300, 700));
        assertTrue(mop().step(GraphKind.EXECUTION, "restart_conn_manager_3").isPresent(),
                "duplicating left the clipboard as it was");
        builder.undo();
        assertEquals("Undone: paste 2 steps", builder.statusProperty().get(), "undo says what it undid");
        builder.undo();
        assertEquals("Undone: paste 1 step", builder.statusProperty().get());
        builder.redo();
        assertEquals("Redone: paste 1 step", builder.statusProperty().get());
        builder.undo();
        builder.undo();
        assertEquals(3, mop().executionGraph().size());
    }

    @Test
    void pastingWithThePointerStillOnTheOriginalPutsTheCopyClearOfIt() {
        builder.open(Fixtures.SAMPLE);
        execution().copy(Set.of(DRAIN));
        Point original = io.mopstudio.ui.canvas.PlacedLayout.topLeft(builder.document().getLayout(), DRAIN)
                .orElseThrow();

        execution().paste(new Point(original.x() + 20, original.y() + 10));

        Point copy = io.mopstudio.ui.canvas.PlacedLayout.topLeft(builder.document().getLayout(),
                NodeKey.step(GraphKind.EXECUTION, "drain_connections_2")).orElseThrow();
        assertTrue(copy.y() >= original.y() + io.mopstudio.ui.canvas.NodeSize.HEIGHT,
                "the copy is clear of the original: " + original + " / " + copy);
        assertEquals("Pasted as drain_connections_2", builder.statusProperty().get());
    }

    @Test
    void deletingANodeRemovesItsReferencesAndAnEdgeItsDependency() throws Exception {
        builder.open(Fixtures.SAMPLE);
        execution().delete(Set.of(RESTART), Optional.empty());
        assertEquals(List.of(), mop().step(GraphKind.EXECUTION, "reset_pool").orElseThrow().dependsOn());
        builder.undo();
        assertEquals(Files.readString(Fixtures.SAMPLE), builder.document().getText());
        execution().delete(Set.of(), Optional.of(new io.mopstudio.ui.canvas.GraphEdge(DRAIN, RESTART, false)));
        assertEquals(List.of(), mop().step(GraphKind.EXECUTION, "restart_conn_manager").orElseThrow().dependsOn());
        execution().delete(Set.of(NodeKey.preCheck("replica_healthy"), NodeKey.validation("connection_wait_time")),
                Optional.empty());
        assertEquals(List.of("service_state", "no_active_writes"), mop().preChecks().stream()
                .map(p -> p.nodeId()).toList());
        assertEquals(1, mop().validation().size());
    }

    @Test
    void deletingTheOnlyStepARollbackStepCompensatesSaysItNowAlwaysRuns() {
        builder.open(Fixtures.SAMPLE);
        builder.document().apply("compensates", new io.mopstudio.yaml.edit.SetValue(
                "rollback_graph.restore_pool_config.compensates", "[reset_pool]"));

        execution().delete(Set.of(RESET), Optional.empty());

        assertEquals(List.of(), mop().step(GraphKind.ROLLBACK, "restore_pool_config").orElseThrow().options()
                .compensates());
        assertTrue(builder.statusProperty().get().startsWith("Deleted reset_pool. Rollback step"
                + " 'restore_pool_config' compensated only what was deleted and now runs on every rollback"),
                builder.statusProperty().get());
        execution().delete(Set.of(DRAIN), Optional.empty());
        assertEquals("Deleted drain_connections", builder.statusProperty().get());
    }

    @Test
    void aTemplateWrittenForOneCatalogIsCheckedAgainstItFromTheStart() {
        MopTemplate restart = MopTemplate.BUNDLED.stream().filter(t -> t.id().equals("restart-service")).findFirst()
                .orElseThrow();
        builder.newMop(restart);
        assertEquals(CheckedAgainst.catalog("systemd-ssh"), builder.checkedAgainstProperty().get());
        assertEquals(List.of(), builder.problems().problems().stream().filter(Problem::isError).toList(),
                builder.problems().lines().toString());
        assertTrue(builder.choices().contains(CheckedAgainst.catalog("kubernetes")), builder.choices().toString());

        builder.choose(CheckedAgainst.DEFAULT);
        assertTrue(builder.problems().problems().stream().anyMatch(p -> p.message().contains("service_active")),
                "the default catalogs have no service_active check: " + builder.problems().lines());
    }

    @Test
    void aFileWrittenForOneCatalogIsCheckedAgainstItWhenOpenedAndTheChoiceDoesNotCarryOver() throws Exception {
        MopTemplate restart = MopTemplate.BUNDLED.stream().filter(t -> t.id().equals("restart-service")).findFirst()
                .orElseThrow();
        Path saved = Files.writeString(temp.resolve("restart.yaml"), restart.text());
        builder.open(saved);
        assertEquals(CheckedAgainst.catalog("systemd-ssh"), builder.checkedAgainstProperty().get());
        assertEquals(List.of(), builder.problems().problems().stream().filter(Problem::isError).toList(),
                builder.problems().lines().toString());
        assertTrue(builder.statusProperty().get().endsWith(
                "checked against catalog systemd-ssh, which has every action and check it names"),
                builder.statusProperty().get());

        builder.open(Fixtures.SAMPLE);
        assertEquals(CheckedAgainst.DEFAULT, builder.checkedAgainstProperty().get(), "the last MOP's catalog stays behind");
        assertEquals(List.of(), builder.problems().problems(), builder.problems().lines().toString());

        builder.chooseEnvironment(Optional.of("demo"));
        builder.open(saved);
        assertEquals(CheckedAgainst.environment("demo"), builder.checkedAgainstProperty().get(),
                "an environment chosen by hand stays");
    }

    @Test
    void anEmptyFileThatIsOpenIsListedAsAProblem() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.yaml"), "");
        builder.open(empty);
        assertEquals(1, builder.problems().problems().size(), builder.problems().lines().toString());
        assertTrue(builder.problems().problems().get(0).message().contains("empty"),
                builder.problems().lines().toString());
    }

    @Test
    void clickingAProblemSelectsItsNodeAndField() throws Exception {
        String text = Files.readString(Fixtures.SAMPLE).replace("wait_healthy: true", "wait_healthy: maybe");
        Path broken = Files.writeString(temp.resolve("broken.yaml"), text);
        builder.open(broken);
        Problem problem = builder.problems().problems().stream().filter(p -> p.rule().equals("catalog.param_type"))
                .findFirst().orElseThrow(() -> new AssertionError(builder.problems().lines()));
        ProblemTarget target = builder.open(problem);
        assertEquals(Optional.of(RESTART), target.node());
        assertEquals(Optional.of("params.wait_healthy"), target.field());
        assertEquals(Set.of(RESTART), builder.canvas(GraphKind.EXECUTION).selection());
        assertEquals(RESTART, builder.formTargetProperty().get());
        assertEquals(Boolean.TRUE, builder.canvas(GraphKind.EXECUTION).problemNodesProperty().get().get(RESTART),
                "the canvas marks the node the error is about");
        assertEquals(null, builder.canvas(GraphKind.EXECUTION).problemNodesProperty().get().get(DRAIN));
    }

    @Test
    void renamingInTheFormMovesReferencesAndThePosition() {
        builder.open(Fixtures.SAMPLE);
        var before = io.mopstudio.ui.canvas.PlacedLayout.topLeft(builder.document().getLayout(), DRAIN);
        assertTrue(before.isPresent(), "auto-layout placed every node");
        builder.canvas(GraphKind.EXECUTION).select(DRAIN, false);
        assertEquals(Optional.empty(), builder.edits().rename(GraphKind.EXECUTION, "drain_connections", "drain"));
        assertEquals(NodeKey.step(GraphKind.EXECUTION, "drain"), builder.formTargetProperty().get(),
                "the renamed step keeps its form open");
        assertEquals(List.of("drain"), mop().step(GraphKind.EXECUTION, "restart_conn_manager").orElseThrow()
                .dependsOn());
        assertEquals(before, io.mopstudio.ui.canvas.PlacedLayout.topLeft(builder.document().getLayout(),
                NodeKey.step(GraphKind.EXECUTION, "drain")));
        assertTrue(builder.edits().setField(DRAIN.equals(DRAIN) ? NodeKey.step(GraphKind.EXECUTION, "drain") : DRAIN,
                "timeout", "soon").orElseThrow().contains("duration"));
    }

    /** What undo must give back exactly: the text, and every node's position. */
    private record State(String text, Set<io.mopstudio.layout.NodePosition> positions) {
    }

    private State state() {
        return new State(builder.document().getText(), Set.copyOf(builder.document().getLayout().positions()));
    }

    @Test
    void tenMixedEditsUndoAndRedoThroughEveryStateExactly() throws Exception {
        builder.open(Fixtures.SAMPLE);
        NodeKey probe = NodeKey.step(GraphKind.EXECUTION, "restart");
        NodeKey threshold = NodeKey.validation("connection_wait_time");
        List<Runnable> edits = List.of(
                () -> execution().move(java.util.Map.of(DRAIN, new Point(500, 300))),
                () -> execution().drop("action:service.restart", new Point(900, 100)),
                () -> execution().connect(RESET, probe),
                () -> builder.edits().setParam(DRAIN, "graceful_timeout", "20s",
                        io.mopstudio.catalog.ParamType.DURATION),
                () -> builder.edits().rename(GraphKind.EXECUTION, "reset_pool", "reset"),
                () -> builder.edits().setRetries(probe, io.mopstudio.model.Retries.NONE,
                        io.mopstudio.ui.forms.RetriesText.Field.MAX, "2"),
                () -> builder.document().replaceText(builder.document().getText()
                        .replace("category: database", "category: db  # typed in the YAML pane")),
                () -> execution().move(java.util.Map.of(DRAIN, new Point(40, 40), RESTART, new Point(40, 200))),
                () -> builder.edits().setParam(threshold, "threshold_ms", "75", io.mopstudio.catalog.ParamType.NUMBER),
                () -> execution().delete(Set.of(probe), Optional.empty()));
        List<State> states = new java.util.ArrayList<>(List.of(state()));
        for (Runnable edit : edits) {
            edit.run();
            State next = state();
            assertFalse(next.equals(states.get(states.size() - 1)), "edit " + states.size() + " changed something: "
                    + builder.statusProperty().get());
            states.add(next);
        }
        for (int i = edits.size() - 1; i >= 0; i--) {
            builder.undo();
            assertEquals(states.get(i), state(), "after undoing edit " + (i + 1));
        }
        assertEquals(Files.readString(Fixtures.SAMPLE), builder.document().getText());
        for (int i = 1; i <= edits.size(); i++) {
            builder.redo();
            assertEquals(states.get(i), state(), "after redoing edit " + i);
        }
        assertFalse(builder.document().canRedoProperty().get());
    }

    @Test
    void renamingAStepRewritesDependsOnCompensatesAndStepTemplates() throws Exception {
        String text = Files.readString(Fixtures.SAMPLE)
                .replace("      initial_size: \"{{ env.pool_size_default }}\"\n",
                        "      initial_size: \"{{ env.pool_size_default }}\"\n"
                        + "    when: \"{{ steps.restart_conn_manager.output.status }} == 200\"\n")
                .replace("      config_snapshot: \"{{ pre_execution.pool_config }}\"\n",
                        "      config_snapshot: \"{{ pre_execution.pool_config }}\"\n"
                        + "    compensates: [drain_connections, restart_conn_manager]\n"
                        + "    description: \"undoes {{ steps.restart_conn_manager.output.status }}\"\n");
        assertTrue(text.contains("compensates:") && text.contains("when:"), text);
        Path file = Files.writeString(temp.resolve("refs.yaml"), text);
        builder.open(file);
        assertEquals(Optional.empty(), builder.edits().rename(GraphKind.EXECUTION, "restart_conn_manager", "restart"));
        String renamed = builder.document().getText();
        assertFalse(renamed.contains("restart_conn_manager"), renamed);
        Mop mop = mop();
        assertEquals(List.of("restart"), mop.step(GraphKind.EXECUTION, "reset_pool").orElseThrow().dependsOn());
        assertEquals(Optional.of("{{ steps.restart.output.status }} == 200"),
                mop.step(GraphKind.EXECUTION, "reset_pool").orElseThrow().options().when());
        Step restore = mop.step(GraphKind.ROLLBACK, "restore_pool_config").orElseThrow();
        assertEquals(List.of("drain_connections", "restart"), restore.options().compensates());
        assertEquals(text.replace("restart_conn_manager", "restart"), renamed,
                "only the id and its references changed, each where it is written");
    }
}
