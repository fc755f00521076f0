package io.mopstudio.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks a loopback port whether a MOP Studio lab is already answering there. Uses
 * {@link HttpURLConnection} rather than {@code HttpClient} because a one-shot check should not leave
 * a client's selector thread behind.
 */
final class LabProbe {

    static final Duration TIMEOUT = Duration.ofMillis(300);

    private final ObjectMapper mapper;

    LabProbe(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Optional<URI> probe(int port) {
        if (port < 1 || port > 65_535) {
            return Optional.empty();
        }
        URI base = DemoLab.loopbackUri(port);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) base.resolve("/lab/info").toURL().openConnection();
            long start = System.nanoTime();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.connect();
            // The whole probe, connect plus answer, stays within TIMEOUT.
            long leftMs = TIMEOUT.toMillis() - Duration.ofNanos(System.nanoTime() - start).toMillis();
            connection.setReadTimeout((int) Math.max(1, leftMs));
            if (connection.getResponseCode() != 200) {
                return Optional.empty();
            }
            try (InputStream in = connection.getInputStream()) {
                JsonNode info = mapper.readTree(in);
                return LabInfo.SERVICE.equals(info.path("service").asText())
                        ? Optional.of(base) : Optional.empty();
            }
        } catch (IOException e) {
            // Nothing listening, something else listening, or too slow: all mean "no lab here".
            return Optional.empty();
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }
}
