package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerDbScenarioTest {

    private static final String R = "/resources/ledger-db";

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
    void waitTimeClimbsAfterResetAndStopsAfterConfigRestore() {
        assertEquals("degraded", client.state("ledger-db"));
        assertEquals(240.0, client.waitMs("ledger-db"));
        String snapshot = client.get(R + "/pool/config").json().toString();

        assertEquals(200, client.post(R + "/pool/drain", "{\"graceful_timeout\":\"15s\"}").status());
        assertEquals(200, client.post(R + "/services/conn_manager/restart?wait_healthy=true").status());
        assertEquals(200, client.post(R + "/pool/reset", "{\"initial_size\": 20}").status());

        assertEquals(260.0, client.waitMs("ledger-db"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(380.0, client.waitMs("ledger-db"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(500.0, client.waitMs("ledger-db"));
        assertEquals(200, client.get(R + "/health").status(), "the probe is fooled while it climbs");

        LabClient.Reply restore = client.put(R + "/pool/config", snapshot);
        assertEquals(200, restore.status());
        assertEquals(10, restore.json().get("initial_size").asInt());

        assertEquals(240.0, client.waitMs("ledger-db"));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(240.0, client.waitMs("ledger-db"), "the climb has stopped");
        assertEquals("degraded", client.state("ledger-db"));
        assertEquals(snapshot, client.get(R + "/pool/config").json().toString());
    }

    @Test
    void healthStaysOkAsWaitTimeClimbs() {
        client.post(R + "/pool/drain");
        client.post(R + "/services/conn_manager/restart");
        client.post(R + "/pool/reset", "{\"initial_size\": 20}");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(client.waitMs("ledger-db") > 1000);
        assertEquals(200, client.get(R + "/health").status());
        assertEquals("healthy", client.state("ledger-db"));
    }
}
