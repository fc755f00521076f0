package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchDbScenarioTest {

    private static final String R = "/resources/search-db";

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

    private int activeWrites() {
        return client.get(R + "/writes").json().get("active_writes").asInt();
    }

    @Test
    void activeWritesFinishAboutOneAndAHalfSecondsAfterFirstLook() {
        clock.advance(Duration.ofMinutes(3));
        assertEquals(2, activeWrites(), "the countdown starts at the first look, not at start");
        clock.advance(Duration.ofMillis(1400));
        assertEquals(2, activeWrites());
        clock.advance(Duration.ofMillis(100));
        assertEquals(0, activeWrites());
    }

    @Test
    void connManagerRestartFailsAfterSuccessfulDrain() {
        assertEquals("degraded", client.state("search-db"));
        assertEquals(240.0, client.waitMs("search-db"));
        assertEquals(200, client.post(R + "/pool/drain", "{\"graceful_timeout\":\"15s\"}").status());

        LabClient.Reply restart = client.post(R + "/services/conn_manager/restart?wait_healthy=true");
        assertEquals(500, restart.status());
        assertEquals("conn_manager failed to start: port 6432 in use", restart.json().get("error").asText());
        assertEquals("degraded", client.state("search-db"));
    }

    @Test
    void configRestoreWorksAfterFailedRestart() {
        client.post(R + "/pool/drain");
        client.post(R + "/services/conn_manager/restart");
        LabClient.Reply restore = client.post(R + "/pool/config",
                "{\"max_size\":40,\"initial_size\":5,\"timeout_ms\":3000}");
        assertEquals(200, restore.status());
        LabClient.Reply config = client.get(R + "/pool/config");
        assertEquals(40, config.json().get("max_size").asInt());
        assertEquals(5, config.json().get("initial_size").asInt());
        assertEquals(3000, config.json().get("timeout_ms").asInt());
        assertEquals("degraded", client.state("search-db"));
    }
}
