package io.mopstudio.providers.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.yaml.PlainMessages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests against a real {@link HttpServer} on 127.0.0.1. */
class HttpRequestPrimitiveTest {

    /** What the server saw of the last request to /echo. */
    record Seen(String method, String path, Map<String, List<String>> headers, String body) {
    }

    private final HttpRequestPrimitive http = new HttpRequestPrimitive();
    private final AtomicReference<Seen> seen = new AtomicReference<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private ExecutorService executor;
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            reply(exchange, 200, "application/json", "{\"state\": \"degraded\", \"active_writes\": 0}");
        });
        server.createContext("/status/", exchange -> {
            int status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()));
            reply(exchange, status, "text/plain", status == 204 ? "" : "pool is draining,\n  try again later");
        });
        server.createContext("/text", exchange -> reply(exchange, 200, "text/plain", "OK: pool healthy\n"));
        server.createContext("/array", exchange -> reply(exchange, 200, "application/json", "[1, 2.5, \"three\"]"));
        server.createContext("/broken-json", exchange -> reply(exchange, 200, "application/json", "{\"state\": "));
        server.createContext("/big", exchange -> reply(exchange, 200, "text/plain", "a".repeat(200_000)));
        server.createContext("/slow", exchange -> {
            try {
                releaseSlow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(exchange, 200, "text/plain", "late");
        });
        server.createContext("/hang-up", HttpExchange::close);
        executor = Executors.newCachedThreadPool();
        server.setExecutor(executor);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private PrimitiveResult get(String path, Object... more) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("url", base + path);
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return http.invoke(params);
    }

    @Test
    void sendsMethodHeadersAndAMappingBodyAsJson() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("graceful_timeout", "15s");
        body.put("initial_size", 20L);
        PrimitiveResult result = get("/echo?wait_healthy=true", "method", "post",
                "headers", Map.of("X-Run-Id", "run-42", "Authorization", "Bearer t0ken"), "body", body);

        assertTrue(result.succeeded(), result.summary());
        Seen request = seen.get();
        assertEquals("POST", request.method());
        assertEquals("/echo?wait_healthy=true", request.path());
        assertEquals(List.of("run-42"), request.headers().get("X-run-id"));
        assertEquals(List.of("Bearer t0ken"), request.headers().get("Authorization"));
        assertEquals(List.of("application/json"), request.headers().get("Content-type"));
        assertEquals("{\"graceful_timeout\":\"15s\",\"initial_size\":20}", request.body());
        assertEquals("POST " + base + "/echo?wait_healthy=true -> 200", result.summary());
    }

    @Test
    void aContentTypeTheAuthorGivesIsTheOnlyOneSent() throws Exception {
        get("/echo", "method", "PATCH", "headers", Map.of("content-type", "application/merge-patch+json"),
                "body", Map.of("max_size", 40L));
        assertEquals(List.of("application/merge-patch+json"), seen.get().headers().get("Content-type"));
        assertEquals("{\"max_size\":40}", seen.get().body());
    }

    @Test
    void aListBodyIsJsonAndATextBodyIsSentAsWritten() throws Exception {
        get("/echo", "method", "PUT", "body", List.of("a", 1L));
        assertEquals("[\"a\",1]", seen.get().body());
        assertEquals(List.of("application/json"), seen.get().headers().get("Content-type"));

        get("/echo", "method", "POST", "body", "drain now");
        assertEquals("drain now", seen.get().body());
        assertEquals(null, seen.get().headers().get("Content-type"));
    }

    @Test
    void aGetSendsNoBody() throws Exception {
        PrimitiveResult result = get("/echo");
        assertEquals("GET", seen.get().method());
        assertEquals("", seen.get().body());
        assertEquals(200L, result.output().get("status"));
        assertEquals("HTTP 200", result.primary());
    }

    @Test
    void expectStatusTakesANumberAListOrAClass() throws Exception {
        assertTrue(get("/status/204").succeeded(), "2xx is the default");
        assertTrue(get("/status/204", "expect_status", 204L).succeeded());
        assertTrue(get("/status/204", "expect_status", "204").succeeded());
        assertFalse(get("/status/204", "expect_status", 200L).succeeded());
        assertTrue(get("/status/404", "expect_status", List.of(200L, 404L)).succeeded());
        assertFalse(get("/status/500", "expect_status", List.of(200L, 404L)).succeeded());
        assertTrue(get("/status/503", "expect_status", "5xx").succeeded());
        assertTrue(get("/status/301", "expect_status", "3XX").succeeded());
        assertFalse(get("/status/301").succeeded(), "redirects are not followed and are not 2xx");
    }

    @Test
    void anUnexpectedStatusShowsTheStartOfTheBody() throws Exception {
        PrimitiveResult result = get("/status/503", "expect_status", 200L);
        assertFalse(result.succeeded());
        assertEquals(503L, result.output().get("status"));
        assertEquals("GET " + base + "/status/503 -> 503 (expected 200): pool is draining, try again later",
                result.summary());
        PrimitiveResult either = get("/status/500", "expect_status", List.of(200L, 204L));
        assertTrue(either.summary().contains("(expected 200 or 204)"), either.summary());
    }

    @Test
    void aLongErrorBodyIsCutInTheSummary() throws Exception {
        PrimitiveResult result = get("/big", "expect_status", 204L);
        assertTrue(result.summary().endsWith(": " + "a".repeat(200) + "..."), result.summary());
    }

    @Test
    void aJsonBodyIsParsedIntoOutputJson() throws Exception {
        PrimitiveResult result = get("/echo");
        assertEquals(Map.of("state", "degraded", "active_writes", 0), result.output().get("json"));
        assertEquals("{\"state\": \"degraded\", \"active_writes\": 0}", result.output().get("body"));
        assertEquals(List.of(1, 2.5, "three"), get("/array").output().get("json"));
    }

    @Test
    void aBodyThatIsNotJsonIsKeptAsText() throws Exception {
        PrimitiveResult text = get("/text");
        assertEquals("OK: pool healthy\n", text.output().get("body"));
        assertFalse(text.output().containsKey("json"));
        PrimitiveResult broken = get("/broken-json");
        assertTrue(broken.succeeded());
        assertEquals("{\"state\": ", broken.output().get("body"));
        assertFalse(broken.output().containsKey("json"));
    }

    @Test
    void theBodyKeptIsBounded() throws Exception {
        PrimitiveResult result = get("/big");
        assertEquals("a".repeat(64 * 1024) + "... (" + (200_000 - 64 * 1024) + " more characters)",
                result.output().get("body"));
    }

    @Test
    void aRefusedConnectionIsAFailedResultWithAPlainMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/health";
        PrimitiveResult result = http.invoke(Map.of("url", url, "timeout", "5s"));

        assertFalse(result.succeeded());
        assertEquals("GET " + url + " failed: connection refused", result.summary());
        assertEquals("connection refused", result.output().get("error"));
        assertEquals("error", result.primary());
    }

    @Test
    void anUnknownHostSaysSoRatherThanConnectionRefused() throws Exception {
        // .invalid never resolves (RFC 6761).
        String url = "http://mop-studio-test.invalid/health";
        PrimitiveResult result = http.invoke(Map.of("url", url, "timeout", "3s"));
        assertFalse(result.succeeded());
        assertEquals("GET " + url + " failed: host not found", result.summary());
    }

    @Test
    void aServerThatHangsUpIsAFailedResultWithAPlainMessage() throws Exception {
        PrimitiveResult result = get("/hang-up", "timeout", "5s");
        assertFalse(result.succeeded());
        assertTrue(result.summary().startsWith("GET " + base + "/hang-up failed: "), result.summary());
        PlainMessages.assertPlain(result.summary());
    }

    @Test
    void noResponseWithinTheTimeoutIsAFailedResultAfterAboutTheTimeout() throws Exception {
        long started = System.nanoTime();
        PrimitiveResult result = get("/slow", "timeout", "300ms");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertFalse(result.succeeded());
        assertEquals("GET " + base + "/slow failed: no response within 300 ms", result.summary());
        assertTrue(took.compareTo(Duration.ofMillis(250)) > 0 && took.compareTo(Duration.ofMillis(2000)) < 0,
                "took " + took);
    }

    @Test
    void aBadUrlIsAParameterError() {
        for (String url : List.of("not a url", "orders-db/health", "ftp://127.0.0.1/x", "http://", "http:///health",
                "http://exa mple.com/", "http://127.0.0.1:99999/", "")) {
            PrimitiveException e = assertThrows(PrimitiveException.class, () -> http.invoke(Map.of("url", url)), url);
            assertTrue(e.getMessage().startsWith("http.request: "), e.getMessage());
            PlainMessages.assertPlain(e.getMessage());
        }
    }

    @Test
    void headersAndMethodsHttpCannotCarryAreParameterErrors() {
        for (Map<String, Object> params : List.<Map<String, Object>>of(
                Map.of("url", base + "/echo", "headers", Map.of("Content-Length", "5")),
                Map.of("url", base + "/echo", "headers", Map.of("Bad Header", "x")),
                Map.of("url", base + "/echo", "headers", Map.of("X-Note", "line\nbreak")),
                Map.of("url", base + "/echo", "method", "GE T"),
                Map.of("url", base + "/echo", "expect_status", "200 OK"),
                Map.of("url", base + "/echo", "timeout", "eventually"),
                Map.of("url", base + "/echo", "timeout", "0s"),
                Map.of("url", base + "/echo", "headers", "X-Run: 1"))) {
            PrimitiveException e = assertThrows(PrimitiveException.class, () -> http.invoke(params), params.toString());
            assertTrue(e.getMessage().startsWith("http.request: "), e.getMessage());
            PlainMessages.assertPlain(e.getMessage());
        }
    }
}
