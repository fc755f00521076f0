package io.mopstudio.providers.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real HTTPS server on loopback with a self-signed certificate made by the JDK's keytool. */
class HttpsCaFileTest {

    @TempDir
    static Path dir;

    private static HttpsServer server;
    private static Path caFile;
    private final HttpRequestPrimitive http = new HttpRequestPrimitive();

    @BeforeAll
    static void start() throws Exception {
        Path keystore = dir.resolve("server.p12");
        caFile = dir.resolve("ca.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore",
                keystore.toString(), "-storepass", "changeit", "-storetype", "PKCS12");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", caFile.toString());
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "keytool").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }

    private String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/health";
    }

    @Test
    void aSelfSignedServerFailsUnderTheJdksCas() throws Exception {
        PrimitiveResult result = http.invoke(Map.of("url", url()));
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("TLS failed"), result.summary());
    }

    @Test
    void itIsTrustedOnlyWhenTheEnvironmentNamesItsCaFile() throws Exception {
        PrimitiveResult result = http.invoke(Map.of("url", url(), "ca_file", caFile.toString()));
        assertTrue(result.succeeded(), result.summary());
        assertEquals(200L, result.output().get("status"));
    }

    @Test
    void aMissingCaFileIsAPlainError() {
        PrimitiveException e = assertThrows(PrimitiveException.class,
                () -> http.invoke(Map.of("url", url(), "ca_file", dir.resolve("nope.pem").toString())));
        assertTrue(e.getMessage().contains("cannot read ca_file"), e.getMessage());
    }
}
