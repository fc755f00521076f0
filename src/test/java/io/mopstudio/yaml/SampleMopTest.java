package io.mopstudio.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.Check;
import io.mopstudio.model.Mop;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed's MOP-284, as shipped in {@code sample-mops/}, read into exactly the model it describes. */
class SampleMopTest {

    static final Path SAMPLE = Path.of("sample-mops", "MOP-284-db-connection-pool-recovery.yaml");

    private static MopLoader.Loaded loaded;
    private static Mop mop;

    @BeforeAll
    static void load() {
        loaded = new MopLoader().load(SAMPLE);
        assertEquals(List.of(), loaded.result().problems());
        mop = loaded.result().valid().orElseThrow();
    }

    @Test
    void keepsTheTextAsReadForAuditing() throws Exception {
        assertEquals(Files.readString(SAMPLE), loaded.text());
    }

    @Test
    void readsTheHeader() {
        assertEquals("MOP-284", mop.mopId());
        assertEquals("Database Connection Pool Recovery", mop.name());
        assertEquals("2.3.1", mop.version());
        assertEquals("database", mop.category());
        assertEquals(Optional.of("medium"), mop.blastRadiusMax());
    }

    @Test
    void readsThreePreChecksWithTheirAbortRules() {
        List<PreCheck> preChecks = mop.preChecks();
        assertEquals(List.of("service_state", "replica_healthy", "no_active_writes"),
                preChecks.stream().map(p -> p.check().check()).toList());
        assertEquals(List.of(true, true, false), preChecks.stream().map(PreCheck::abortOnFail).toList());
        assertEquals(Map.of("target", "{{ incident.affected_resource }}", "expected_state", "degraded"),
                preChecks.get(0).check().params());
        assertEquals(Map.of("target", "{{ incident.affected_resource }}.replica"), preChecks.get(1).check().params());
        assertEquals(Optional.of(Duration.ofSeconds(30)), preChecks.get(2).check().timeout());
        assertEquals(Map.of(), preChecks.get(2).check().params(), "timeout_seconds is not a check parameter");
        assertEquals(Optional.empty(), preChecks.get(0).check().timeout());
    }

    @Test
    void readsTheExecutionGraphWithDependenciesAndFailureRules() {
        List<Step> steps = mop.executionGraph();
        assertEquals(List.of("drain_connections", "restart_conn_manager", "reset_pool"),
                steps.stream().map(Step::id).toList());
        assertEquals(List.of("db.connection_pool.drain", "service.restart", "db.connection_pool.reset"),
                steps.stream().map(Step::action).toList());
        assertEquals(List.of(List.of(), List.of("drain_connections"), List.of("restart_conn_manager")),
                steps.stream().map(Step::dependsOn).toList());
        assertEquals(List.of(OnFailure.ABORT, OnFailure.ROLLBACK, OnFailure.ROLLBACK),
                steps.stream().map(Step::onFailure).toList());
        assertEquals(Map.of("graceful_timeout", "15s"), steps.get(0).params());
        assertEquals(Map.of("service", "{{ incident.affected_resource }}.conn_manager", "wait_healthy", true),
                steps.get(1).params());
        assertEquals(Map.of("initial_size", "{{ env.pool_size_default }}"), steps.get(2).params());
        assertEquals(List.of(21, 27, 35), steps.stream().map(s -> s.position().line()).toList());
    }

    @Test
    void readsValidationChecksWithTheirParameters() {
        List<Check> validation = mop.validation();
        assertEquals(2, validation.size());
        Check waitTime = validation.get(0);
        assertEquals("connection_wait_time", waitTime.check());
        assertEquals(Map.of("threshold_ms", 50L), waitTime.params());
        assertEquals(Optional.of(Duration.ofSeconds(60)), waitTime.timeout());
        Check probe = validation.get(1);
        assertEquals("service_health_probe", probe.check());
        assertEquals(Map.of("endpoint", "{{ incident.affected_resource }}/health", "expected_status", 200L),
                probe.params());
        assertEquals(Optional.empty(), probe.timeout());
    }

    @Test
    void readsTheRollbackGraph() {
        assertEquals(1, mop.rollbackGraph().size());
        Step restore = mop.rollbackGraph().get(0);
        assertEquals("restore_pool_config", restore.id());
        assertEquals("db.connection_pool.restore_config", restore.action());
        assertEquals(Map.of("config_snapshot", "{{ pre_execution.pool_config }}"), restore.params());
        assertTrue(restore.dependsOn().isEmpty());
    }
}
