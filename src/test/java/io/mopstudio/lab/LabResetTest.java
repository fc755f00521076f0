package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabResetTest {

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

    private void disturbEverything() {
        for (String name : new String[] {"orders-db", "ledger-db", "search-db"}) {
            String r = "/resources/" + name;
            client.post(r + "/pool/drain");
            client.post(r + "/services/conn_manager/restart");
            client.post(r + "/pool/reset", "{\"initial_size\": 20}");
        }
        client.get("/resources/search-db/writes");
        clock.advance(Duration.ofSeconds(5));
        assertEquals("healthy", client.state("orders-db"));
        assertEquals(0, client.get("/resources/search-db/writes").json().get("active_writes").asInt());
    }

    private void assertInitialScenario() {
        assertEquals("degraded", client.state("orders-db"));
        assertEquals(240.0, client.waitMs("orders-db"));
        assertEquals("degraded", client.state("ledger-db"));
        assertEquals(240.0, client.waitMs("ledger-db"));
        assertEquals("failed", client.state("billing-db"));
        assertEquals(2, client.get("/resources/search-db/writes").json().get("active_writes").asInt());
        assertEquals(10, client.get("/resources/orders-db/pool/config").json().get("initial_size").asInt());
        assertEquals(0, client.get("/lab/resources/orders-db/history").json().size());
        assertEquals(409, client.post("/resources/orders-db/services/conn_manager/restart").status(),
                "the drain must be forgotten too");
    }

    @Test
    void resetMethodRestoresEveryScenario() {
        disturbEverything();
        lab.reset();
        assertInitialScenario();
    }

    @Test
    void resetEndpointRestoresEveryScenario() {
        disturbEverything();
        LabClient.Reply reset = client.post("/lab/reset");
        assertEquals(200, reset.status());
        assertInitialScenario();
    }
}
