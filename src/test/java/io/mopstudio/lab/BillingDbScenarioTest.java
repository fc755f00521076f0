package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingDbScenarioTest {

    private static final String R = "/resources/billing-db";

    private DemoLab lab;
    private LabClient client;

    @BeforeEach
    void startLab() {
        lab = DemoLab.start(0, new ManualClock());
        client = new LabClient(lab.baseUrl());
    }

    @AfterEach
    void stopLab() {
        lab.close();
    }

    @Test
    void isFailedNotDegraded() {
        assertEquals("failed", client.state("billing-db"));
        LabClient.Reply health = client.get(R + "/health");
        assertEquals(503, health.status());
        assertEquals("failed", health.json().get("status").asText());
        assertEquals(900.0, client.waitMs("billing-db"));
        assertTrue(client.get(R + "/replica/health").json().get("healthy").asBoolean());
    }

    @Test
    void refusesToDrainAndThereforeToRestart() {
        LabClient.Reply drain = client.post(R + "/pool/drain", "{\"graceful_timeout\":\"15s\"}");
        assertEquals(409, drain.status());
        assertTrue(drain.json().has("error"));
        assertEquals(409, client.post(R + "/services/conn_manager/restart").status());
        assertEquals("failed", client.state("billing-db"));
    }
}
