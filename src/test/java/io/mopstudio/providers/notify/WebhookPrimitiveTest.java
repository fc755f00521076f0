package io.mopstudio.providers.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.http.HttpRequestPrimitive;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** notify.webhook against a real HTTP server on loopback. */
class WebhookPrimitiveTest {

    @Test
    void postsTheMessageAsJsonAndFailsOnARefusal() throws Exception {
        AtomicReference<Map<?, ?>> received = new AtomicReference<>();
        AtomicReference<String> type = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.set(new ObjectMapper().readValue(exchange.getRequestBody(), Map.class));
            type.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/full", exchange -> {
            exchange.sendResponseHeaders(429, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            WebhookPrimitive webhook = new WebhookPrimitive(new HttpRequestPrimitive());

            PrimitiveResult sent = webhook.invoke(Map.of("url", base + "/hook", "message", "MOP-284 resolved orders-db",
                    "fields", Map.of("channel", "#dba")));

            assertTrue(sent.succeeded(), sent.summary());
            assertEquals(Map.of("text", "MOP-284 resolved orders-db", "channel", "#dba"), received.get());
            assertEquals("application/json", type.get());
            assertFalse(webhook.invoke(Map.of("url", base + "/full", "message", "x")).succeeded());
        } finally {
            server.stop(0);
        }
    }
}
