package io.mopstudio.providers.prometheus;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Debian's real Prometheus on a free loopback port, scraping itself every second. */
final class PrometheusServer implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    final String url;

    private PrometheusServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static PrometheusServer start(Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(BINARY),
                "Prometheus is not installed: apt-get install -y prometheus (as .ci/run does) to run this test");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String address = "127.0.0.1:" + port;
        Path config = Files.writeString(dir.resolve("prometheus.yml"), String.join("\n",
                "global: {scrape_interval: 1s, evaluation_interval: 1s}",
                "scrape_configs:",
                "  - job_name: self",
                "    static_configs: [{targets: ['" + address + "']}]", ""));
        Process process = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=" + address)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        PrometheusServer server = new PrometheusServer(process, "http://" + address);
        server.awaitFirstScrape();
        return server;
    }

    private void awaitFirstScrape() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                String body = client.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/query?query=up")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (body.contains("\"job\":\"self\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Prometheus did not scrape itself within 30 s");
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
