package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrdersDbScenarioTest {

    private static final String R = "/resources/orders-db";

    private final ManualClock clock = new ManualClock();
    private DemoLab lab;
    private LabClient client;

    @BeforeEach
    void startLab() {
        lab = DemoLab.start(0, clock);
        client = new LabClient(lab.baseUrl());
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    @Test
    void startsDegradedWithHealthyReplicaAndNoWrites() {
        assertEquals("degraded", client.state("orders-db"));
        LabClient.Reply replica = client.get(R + "/replica/health");
        assertEquals(200, replica.status());
        assertTrue(replica.json().get("healthy").asBoolean());
        assertEquals(0, client.get(R + "/writes").json().get("active_writes").asInt());
        assertEquals(240.0, client.waitMs("orders-db"));
        LabClient.Reply health = client.get(R + "/health");
        assertEquals(503, health.status());
        assertEquals("degraded", health.json().get("status").asText());
    }

    @Test
    void recoverySequenceHealsAndWaitTimeSettlesUnderThreshold() {
        LabClient.Reply drain = client.post(R + "/pool/drain", "{\"graceful_timeout\":\"15s\"}");
        assertEquals(200, drain.status());
        assertEquals("draining", drain.json().get("pool").asText());
        assertEquals(50, drain.json().get("drained").asInt());

        LabClient.Reply restart = client.post(R + "/services/conn_manager/restart?wait_healthy=true");
        assertEquals(200, restart.status());
        assertEquals("conn_manager", restart.json().get("service").asText());
        assertTrue(restart.json().get("restarted").asBoolean());

        LabClient.Reply reset = client.post(R + "/pool/reset", "{\"initial_size\": 20}");
        assertEquals(200, reset.status());
        assertEquals(20, reset.json().get("initial_size").asInt());

        double atReset = client.waitMs("orders-db");
        assertTrue(atReset > 50, "wait time falls over time, not instantly: " + atReset);
        clock.advance(Duration.ofSeconds(1));
        double afterOneSecond = client.waitMs("orders-db");
        assertTrue(afterOneSecond <= 50, "within 1 s of the reset: " + afterOneSecond);
        clock.advance(Duration.ofMinutes(5));
        double later = client.waitMs("orders-db");
        assertTrue(later <= afterOneSecond && later >= 8.0, "stays settled near 8 ms: " + later);

        assertEquals("healthy", client.state("orders-db"));
        LabClient.Reply health = client.get(R + "/health");
        assertEquals(200, health.status());
        assertEquals("ok", health.json().get("status").asText());
        assertEquals(20, client.get(R + "/pool/config").json().get("initial_size").asInt());
    }

    @Test
    void restartWithoutDrainIsRefused() {
        LabClient.Reply restart = client.post(R + "/services/conn_manager/restart");
        assertEquals(409, restart.status());
        assertEquals("drain the pool first", restart.json().get("error").asText());
    }

    @Test
    void poolResetBeforeRestartWorksButDoesNotHeal() {
        client.post(R + "/pool/drain");
        assertEquals(200, client.post(R + "/pool/reset", "{\"initial_size\": 20}").status());
        assertEquals("degraded", client.state("orders-db"));
        clock.advance(Duration.ofSeconds(5));
        assertEquals(240.0, client.waitMs("orders-db"));
        assertEquals(503, client.get(R + "/health").status());
    }

    @Test
    void restartingAnotherComponentDoesNotHeal() {
        client.post(R + "/pool/drain");
        assertEquals(200, client.post(R + "/services/replica_sync/restart").status());
        client.post(R + "/pool/reset", "{\"initial_size\": 20}");
        assertEquals("degraded", client.state("orders-db"));
    }

    @Test
    void acceptsServiceNamedWithResourcePrefix() {
        client.post(R + "/pool/drain");
        LabClient.Reply restart = client.post(R + "/services/orders-db.conn_manager/restart");
        assertEquals(200, restart.status());
        client.post(R + "/pool/reset", "{\"initial_size\": \"20\"}");
        assertEquals("healthy", client.state("orders-db"));
    }
}
