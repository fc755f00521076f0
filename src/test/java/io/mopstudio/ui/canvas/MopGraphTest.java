package io.mopstudio.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class MopGraphTest {

    @Test
    void theExecutionTabShowsTheWholeForwardRun() {
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
        assertEquals(List.of("pre-check:service_state", "pre-check:replica_healthy", "pre-check:no_active_writes",
                "execution:drain_connections", "execution:restart_conn_manager", "execution:reset_pool",
                "validation:connection_wait_time", "validation:service_health_probe"),
                graph.nodes().stream().map(n -> n.key().kind().slug() + ":" + n.key().id()).toList());
        List<GraphEdge> gates = graph.edges().stream().filter(GraphEdge::gate).toList();
        assertEquals(5, gates.size(), "three pre-checks into the first step, the last step into two checks");
        assertTrue(gates.contains(new GraphEdge(NodeKey.preCheck("replica_healthy"),
                NodeKey.step(GraphKind.EXECUTION, "drain_connections"), true)));
        assertTrue(gates.contains(new GraphEdge(NodeKey.step(GraphKind.EXECUTION, "reset_pool"),
                NodeKey.validation("service_health_probe"), true)));
        assertTrue(graph.edges().contains(new GraphEdge(NodeKey.step(GraphKind.EXECUTION, "drain_connections"),
                NodeKey.step(GraphKind.EXECUTION, "restart_conn_manager"), false)));
    }

    @Test
    void nodesShowTheirIdAndWhatTheyDo() {
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.EXECUTION);
        GraphNode drain = graph.nodes().get(3);
        assertEquals("drain_connections", drain.title());
        assertEquals("db.connection_pool.drain", drain.subtitle());
        assertEquals("pre-check · warn only", graph.nodes().get(2).subtitle());
        assertEquals("node-execution-drain_connections", drain.key().cssId());
    }

    @Test
    void theRollbackTabShowsTheRollbackGraphAlone() {
        MopGraph graph = MopGraph.of(Fixtures.sampleMop(), GraphKind.ROLLBACK);
        assertEquals(1, graph.nodes().size());
        assertEquals(NodeKey.step(GraphKind.ROLLBACK, "restore_pool_config"), graph.nodes().get(0).key());
        assertTrue(graph.edges().isEmpty());
    }

    @Test
    void aStepWithoutItsActionIsDrawnWithItsWiresAndSaysSo() {
        String text = """
                mop_id: MOP-975
                name: n
                version: "1"
                execution_graph:
                  - id: drain
                  - id: reset
                    action: db.connection_pool.reset
                    depends_on: [drain]
                """;
        var mop = new io.mopstudio.yaml.MopLoader().parse(text, "x.yaml").value().orElseThrow();
        MopGraph graph = MopGraph.of(mop, GraphKind.EXECUTION);
        assertEquals("(no action chosen)", graph.nodes().get(0).subtitle());
        assertTrue(graph.edges().contains(new GraphEdge(NodeKey.step(GraphKind.EXECUTION, "drain"),
                NodeKey.step(GraphKind.EXECUTION, "reset"), false)));
    }
}
