package io.mopstudio.providers.pgbouncer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.RunFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed's MOP-284, unchanged, against a real PostgreSQL behind a real PgBouncer whose pool is
 * too small for its clients: drain is PAUSE, the restart restarts PgBouncer, the reset raises the
 * pool size, validation reads PgBouncer's real wait times, and rollback puts the pool size back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Mop284AgainstPgBouncerTest {

    private static final Path MOP = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");
    private static PgBouncerLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        PgBouncerLab.assumeInstalled();
        lab = PgBouncerLab.start();
        lab.load(8);
    }

    @AfterAll
    static void stopLab() throws Exception {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void aDegradedPoolIsRecoveredAndStaysRecovered() throws Exception {
        Path env = lab.environment("local-pgbouncer");
        awaitState("degraded");

        RunResult result = new RunFixture(Map.of()).run(MOP, env, Map.of("affected_resource", "orders-db"));

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("reset_pool"));
        assertEquals("20", lab.setting("default_pool_size"), "the reset raised the pool size");
        PrimitiveResult after = status();
        assertEquals("healthy", after.output().get("state"), after.summary());
    }

    @Test
    @Order(2)
    void whenTheHealthProbeFailsAfterTheResetThePoolSizeIsRolledBack() throws Exception {
        lab.admin("SET default_pool_size = '2'");
        lab.admin("RECONNECT orders");
        awaitState("degraded");
        // The same environment, but clients' path (the health probe) leads to a database PgBouncer lacks.
        Path env = lab.environment("broken-health-probe",
                ":{{ env.pgbouncer_port }}/orders\"", ":{{ env.pgbouncer_port }}/orders_missing\"",
                "timeout: 10s", "timeout: 2s");

        RunResult result = new RunFixture(Map.of()).run(MOP, env, Map.of("affected_resource", "orders-db"));

        assertEquals(FinalState.ROLLED_BACK, result.finalState(), result.summary());
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("reset_pool"), "the pool size was changed first");
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("restore_pool_config"));
        assertEquals("2", lab.setting("default_pool_size"), "the snapshot's pool size is back");
        assertTrue(result.summary().contains("service_health_probe"), result.summary());
    }

    private static PrimitiveResult status() throws Exception {
        return new PoolStatusPrimitive().invoke(Map.of("url", "jdbc:postgresql://127.0.0.1:" + lab.pgbouncerPort
                + "/pgbouncer", "user", "mop", "password", lab.password(), "database", "orders"));
    }

    private static void awaitState(String state) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        PrimitiveResult last = status();
        while (!state.equals(last.output().get("state")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            last = status();
        }
        assertEquals(state, last.output().get("state"), last.summary());
    }
}
