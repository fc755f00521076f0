package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabHistoryTest {

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

    private static List<String> calls(JsonNode history) {
        List<String> calls = new ArrayList<>();
        history.forEach(e -> calls.add(e.get("method").asText() + " " + e.get("path").asText()
                + " " + e.get("status").asInt()));
        return calls;
    }

    @Test
    void recordsMutatingCallsInOrderWithTheirOutcome() {
        client.get(R + "/state");
        client.post(R + "/services/conn_manager/restart");
        client.post(R + "/pool/drain", "{\"graceful_timeout\":\"15s\"}");
        clock.advance(Duration.ofSeconds(2));
        client.post(R + "/services/conn_manager/restart?wait_healthy=true");
        client.post(R + "/pool/reset", "{\"initial_size\": 20}");
        client.put(R + "/pool/config", "{\"max_size\":50,\"initial_size\":10,\"timeout_ms\":5000}");
        client.get(R + "/pool/config");

        LabClient.Reply history = client.get("/lab/resources/orders-db/history");
        assertEquals(200, history.status());
        assertEquals(List.of(
                "POST /resources/orders-db/services/conn_manager/restart 409",
                "POST /resources/orders-db/pool/drain 200",
                "POST /resources/orders-db/services/conn_manager/restart 200",
                "POST /resources/orders-db/pool/reset 200",
                "PUT /resources/orders-db/pool/config 200"), calls(history.json()));
        assertEquals("2025-01-01T03:00:00Z", history.json().get(1).get("time").asText());
        assertEquals("2025-01-01T03:00:02Z", history.json().get(2).get("time").asText());
    }

    @Test
    void recordsRejectedBodiesToo() {
        client.post(R + "/pool/reset", "{\"initial_size\": -1}");
        assertEquals(List.of("POST /resources/orders-db/pool/reset 400"),
                calls(client.get("/lab/resources/orders-db/history").json()));
    }

    @Test
    void keepsEachResourcesHistorySeparate() {
        client.post("/resources/search-db/pool/drain");
        assertEquals(0, client.get("/lab/resources/orders-db/history").json().size());
        assertEquals(1, client.get("/lab/resources/search-db/history").json().size());
    }

    @Test
    void historyOfUnknownResourceIs404() {
        assertEquals(404, client.get("/lab/resources/nope-db/history").status());
    }
}
