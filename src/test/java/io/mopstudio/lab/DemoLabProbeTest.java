package io.mopstudio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoLabProbeTest {

    @Test
    void findsARunningLab() {
        try (DemoLab lab = DemoLab.start(0)) {
            assertEquals(URI.create("http://127.0.0.1:" + lab.port()), lab.baseUrl());
            assertEquals(Optional.of(lab.baseUrl()), DemoLab.probe(lab.port()));
        }
    }

    @Test
    void findsNothingOnAClosedPort() {
        DemoLab lab = DemoLab.start(0);
        int port = lab.port();
        lab.close();
        assertEquals(Optional.empty(), DemoLab.probe(port));
    }

    @Test
    void ignoresAnotherServiceOnThePort() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] body = "{\"service\":\"something-else\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        other.start();
        try {
            assertEquals(Optional.empty(), DemoLab.probe(other.getAddress().getPort()));
        } finally {
            other.stop(0);
        }
    }

    @Test
    void startingOnABusyPortFailsClearly() {
        try (DemoLab lab = DemoLab.start(0)) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> DemoLab.start(lab.port()));
            assertTrue(e.getMessage().contains(String.valueOf(lab.port())));
        }
    }
}
