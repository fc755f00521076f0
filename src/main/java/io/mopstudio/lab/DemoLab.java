package io.mopstudio.lab;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running demo lab: a loopback-only HTTP service with four simulated databases
 * ({@code orders-db}, {@code billing-db}, {@code ledger-db}, {@code search-db}), each playing a
 * scenario a MOP should handle (heals, is already failed, regresses after the fix, fails to restart).
 * It lets the engine, CLI and UI be demoed and tested without any real infrastructure.
 *
 * <p>Close it when done; closing stops the server at once.
 */
public final class DemoLab implements AutoCloseable {

    /** The port {@code mop-studio lab} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8787;

    private static final String LOOPBACK_HOST = "127.0.0.1";
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;
    private final LabResources resources;

    private DemoLab(HttpServer server, ExecutorService workers, LabResources resources) {
        this.server = server;
        this.workers = workers;
        this.resources = resources;
    }

    /**
     * Starts a lab on {@code port} (0 picks a free one) using the system clock.
     *
     * @throws UncheckedIOException if the port cannot be bound, typically because it is in use
     */
    public static DemoLab start(int port) {
        return start(port, Clock.systemUTC());
    }

    /**
     * Starts a lab whose time-based behaviour (recovery curves, writes finishing) follows
     * {@code clock}, so tests can advance time instead of sleeping.
     *
     * @throws UncheckedIOException if the port cannot be bound, typically because it is in use
     */
    public static DemoLab start(int port, InstantSource clock) {
        disableNagleForJdkServer();
        ObjectMapper mapper = newMapper();
        LabResources resources = new LabResources(clock);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(loopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the demo lab on " + LOOPBACK_HOST + ":" + port, e);
        }
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "mop-studio-lab");
            // A forgotten lab must never keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/lab/", new JsonEndpoint(mapper, new LabAdminRoutes(resources)));
        server.createContext(ResourceRoutes.PREFIX, new JsonEndpoint(mapper, new ResourceRoutes(resources, mapper)));
        server.createContext("/", new JsonEndpoint(mapper,
                exchange -> LabReply.error(404, "no endpoint " + exchange.getRequestURI().getPath())));
        server.start();
        return new DemoLab(server, workers, resources);
    }

    /**
     * The base URI of a lab already answering on {@code port} of this machine, or empty if none
     * answers within about 300 ms. Lets a caller reuse a lab that {@code mop-studio lab} started.
     */
    public static Optional<URI> probe(int port) {
        return new LabProbe(newMapper()).probe(port);
    }

    /** For example {@code http://127.0.0.1:8787}, without a trailing slash. */
    public URI baseUrl() {
        return loopbackUri(port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Puts every resource back to its scenario's starting point and clears the call history. */
    public void reset() {
        resources.resetAll();
    }

    /** Stops the server without waiting for in-flight exchanges. */
    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    static URI loopbackUri(int port) {
        return URI.create("http://" + LOOPBACK_HOST + ":" + port);
    }

    /**
     * The JDK server writes response headers and body as two segments; with Nagle's algorithm on,
     * the body waits for the client's delayed ACK and every call takes about 40 ms. The server reads
     * this property once, when its first instance is created, so it must be set before that; an
     * explicit setting by the application wins.
     */
    private static void disableNagleForJdkServer() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private static InetAddress loopbackAddress() {
        try {
            // Spelled out so a JVM preferring IPv6 still binds IPv4 loopback, matching baseUrl().
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a literal address cannot be unknown", e);
        }
    }

    private static ObjectMapper newMapper() {
        return new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
