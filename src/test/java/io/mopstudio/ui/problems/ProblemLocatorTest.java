package io.mopstudio.ui.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which node and which control a finding's line leads to, for the Problems list's double-click. */
class ProblemLocatorTest {

    private static final String TEXT = """
            mop_id: MOP-1
            name: "Restart"
            version: "1.0"
            category: database
            blast_radius_max: low
            inputs:
              - name: affected_resource
                pattern: "^[a-z]+$"
              - name: force
                type: boolean
            snapshots:
              - id: pool_config
                snapshot: pool_config
              - id: raw
                action: shell.exec
                observe: json
            pre_checks:
              - check: service_state
                expected_state: degraded
            execution_graph:
              - id: drain
                action: db.connection_pool.drain
                params:
                  graceful_timeout: 15s
            validation:
              window: 3m
              interval: 10s
              checks:
                - check: connection_wait_time
                  threshold_ms: 50
            """;

    @TempDir
    Path temp;

    @Test
    void aLineInsideANodeLeadsToTheNodeAndItsField() throws Exception {
        ProblemTarget target = at(24);
        assertEquals(Optional.of(NodeKey.step(GraphKind.EXECUTION, "drain")), target.node());
        assertEquals(Optional.of("params.graceful_timeout"), target.field());
    }

    @Test
    void aLineOfTheMopItselfLeadsToTheControlOfTheMopForm() throws Exception {
        assertEquals(Optional.of("field-version"), at(3).field());
        assertEquals(Optional.of("input-0-pattern"), at(8).field());
        assertEquals(Optional.of("input-1-type"), at(10).field());
        assertEquals(Optional.of("snapshot-1-observe"), at(16).field());
        assertEquals(Optional.of("snapshot-0-snapshot"), at(13).field());
        assertEquals(Optional.of("field-validation-interval"), at(27).field());
        assertEquals(Optional.empty(), at(27).node());
    }

    @Test
    void aWrongDependencyLeadsToTheDependsOnFieldOfItsStep() throws Exception {
        String text = """
                mop_id: MOP-2
                name: "Drain then restart"
                version: "1.0"
                execution_graph:
                  - id: drain
                    action: db.connection_pool.drain
                  - id: restart
                    action: service.restart
                    depends_on: [drian]
                  - id: reset
                    action: db.connection_pool.reset
                    depends_on:
                      - drain
                      - restrat
                """;
        Path file = Files.writeString(temp.resolve("deps.yaml"), text);
        io.mopstudio.yaml.LoadResult<Mop> loaded = new MopLoader().load(file).result();
        Mop mop = loaded.value().orElseThrow();
        java.util.List<ProblemTarget> targets = loaded.problems().stream()
                .filter(p -> p.rule().equals("graph.unknown_dependency"))
                .map(p -> ProblemLocator.locate(mop, text, p)).toList();
        assertEquals(2, targets.size(), loaded.problems().toString());
        assertEquals(Optional.of(NodeKey.step(GraphKind.EXECUTION, "restart")), targets.get(0).node());
        assertEquals(Optional.of("depends_on"), targets.get(0).field());
        assertEquals(Optional.of(NodeKey.step(GraphKind.EXECUTION, "reset")), targets.get(1).node());
        assertEquals(Optional.of("depends_on"), targets.get(1).field(), "a block list item belongs to its key");
        assertEquals(14, targets.get(1).line());
    }

    @Test
    void aMissingParameterLeadsToThatParametersFieldNotTheAction() throws Exception {
        String text = """
                mop_id: MOP-3
                name: "Wait"
                version: "1.0"
                execution_graph:
                  - id: pause
                    action: wait
                """;
        Path file = Files.writeString(temp.resolve("wait.yaml"), text);
        Mop mop = new MopLoader().load(file).result().valid().orElseThrow();
        Problem missing = new io.mopstudio.validation.MopValidator(new io.mopstudio.validation.ValidationContexts()
                .bundled().valid().orElseThrow()).validate(file).problems().stream()
                .filter(p -> p.rule().equals("catalog.missing_param")).findFirst().orElseThrow();
        ProblemTarget target = ProblemLocator.locate(mop, text, missing);
        assertEquals(Optional.of(NodeKey.step(GraphKind.EXECUTION, "pause")), target.node());
        assertEquals(Optional.of("params.duration"), target.field(), missing.message());
    }

    private ProblemTarget at(int line) throws Exception {
        Path file = Files.writeString(temp.resolve("mop.yaml"), TEXT);
        Mop mop = new MopLoader().load(file).result().valid().orElseThrow();
        return ProblemLocator.locate(mop, TEXT,
                Problem.error(new SourcePosition(file.toString(), line, 3), "test", "a finding"));
    }
}
