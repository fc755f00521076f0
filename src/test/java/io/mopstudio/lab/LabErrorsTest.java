package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabErrorsTest {

    private static final String R = "/resources/orders-db";

    private static DemoLab lab;
    private static LabClient client;

    @BeforeAll
    static void startLab() {
        lab = DemoLab.start(0, new ManualClock());
        client = new LabClient(lab.baseUrl());
    }

    @AfterAll
    static void stopLab() {
        lab.close();
    }

    @BeforeEach
    void resetLab() {
        lab.reset();
    }

    private static void assertError(int status, LabClient.Reply reply) {
        assertEquals(status, reply.status(), reply.json().toString());
        assertTrue(reply.json().get("error").asText().length() > 0);
        assertEquals("application/json", reply.contentType());
    }

    @Test
    void infoDescribesTheLab() {
        LabClient.Reply info = client.get("/lab/info");
        assertEquals(200, info.status());
        assertEquals("application/json", info.contentType());
        assertEquals("mop-studio-lab", info.json().get("service").asText());
        assertEquals("1", info.json().get("version").asText());
        assertEquals(List.of("orders-db", "billing-db", "ledger-db", "search-db"),
                List.of(info.json().get("resources").get(0).asText(), info.json().get("resources").get(1).asText(),
                        info.json().get("resources").get(2).asText(), info.json().get("resources").get(3).asText()));
        assertEquals(4, info.json().get("resources").size());
    }

    @Test
    void unknownResourceIs404() {
        assertError(404, client.get("/resources/nope-db/state"));
        assertError(404, client.post("/resources/nope-db/pool/drain"));
    }

    @Test
    void unknownEndpointIs404() {
        assertError(404, client.get(R + "/nothing"));
        assertError(404, client.delete(R + "/pool/config"));
        assertError(404, client.get("/elsewhere"));
    }

    @Test
    void badJsonIs400() {
        assertError(400, client.post(R + "/pool/reset", "{\"initial_size\": "));
        assertError(400, client.put(R + "/pool/config", "not json"));
        assertError(400, client.post(R + "/pool/drain", "{\"graceful_timeout\": \"15s\"} trailing"));
        assertError(400, client.post(R + "/pool/reset", "[20]"));
    }

    @Test
    void poolResetNeedsAPositiveInteger() {
        assertError(400, client.post(R + "/pool/reset", "{}"));
        assertError(400, client.post(R + "/pool/reset", "{\"initial_size\": 0}"));
        assertError(400, client.post(R + "/pool/reset", "{\"initial_size\": 2.5}"));
        assertError(400, client.post(R + "/pool/reset", "{\"initial_size\": \"twenty\"}"));
        assertError(400, client.post(R + "/pool/reset", "{\"initial_size\": 51}"));
        LabClient.Reply fromString = client.post(R + "/pool/reset", "{\"initial_size\": \"20\"}");
        assertEquals(200, fromString.status());
        assertEquals(20, fromString.json().get("initial_size").asInt());
    }

    @Test
    void poolConfigReplacementNeedsEveryField() {
        assertError(400, client.put(R + "/pool/config", "{\"max_size\":50,\"initial_size\":10}"));
        assertEquals(5000, client.get(R + "/pool/config").json().get("timeout_ms").asInt(), "unchanged");
        LabClient.Reply put = client.put(R + "/pool/config", "{\"max_size\":30,\"initial_size\":15,\"timeout_ms\":100}");
        assertEquals(200, put.status());
        assertEquals(30, client.get(R + "/pool/config").json().get("max_size").asInt());
    }

    @Test
    void drainRejectsMalformedTimeout() {
        assertError(400, client.post(R + "/pool/drain", "{\"graceful_timeout\": \"soon\"}"));
        assertEquals(200, client.post(R + "/pool/drain", "{\"graceful_timeout\": \"500ms\"}").status());
    }

    @Test
    void restartRejectsMalformedWaitHealthy() {
        client.post(R + "/pool/drain");
        assertError(400, client.post(R + "/services/conn_manager/restart?wait_healthy=maybe"));
    }
}
