package io.mopstudio.providers.pgbouncer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL behind a real PgBouncer, started with the same script users run by hand
 * ({@code sample-mops/environments/pgbouncer-lab.sh}) in a fresh folder on free loopback ports, and
 * clients that keep more transactions going than the pool has connections for.
 */
final class PgBouncerLab implements AutoCloseable {

    static final Path SCRIPT = Path.of("sample-mops/environments/pgbouncer-lab.sh");

    final Path dir;
    final int postgresPort;
    final int pgbouncerPort;
    private final List<Thread> clients = new ArrayList<>();
    private final AtomicBoolean loading = new AtomicBoolean();

    private PgBouncerLab(Path dir, int postgresPort, int pgbouncerPort) {
        this.dir = dir;
        this.postgresPort = postgresPort;
        this.pgbouncerPort = pgbouncerPort;
    }

    /** Skips the calling test only when PostgreSQL's or PgBouncer's binaries are not installed. */
    static void assumeInstalled() {
        boolean postgres;
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            postgres = versions.anyMatch(v -> Files.isExecutable(v.resolve("bin/initdb")));
        } catch (IOException e) {
            postgres = false;
        }
        boolean pgbouncer = Stream.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer").anyMatch(p -> Files.isExecutable(Path.of(p)));
        Assumptions.assumeTrue(postgres && pgbouncer, "PostgreSQL (/usr/lib/postgresql/*/bin/initdb) or PgBouncer is"
                + " not installed: apt-get install -y postgresql pgbouncer (as .ci/run does) to run this test");
    }

    static PgBouncerLab start() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "mop-pg-lab-");
        PgBouncerLab lab = new PgBouncerLab(dir, freePort(), freePort());
        lab.script("start", dir.toString(), String.valueOf(lab.postgresPort), String.valueOf(lab.pgbouncerPort));
        return lab;
    }

    String password() throws IOException {
        return Files.readString(dir.resolve("pg_password")).strip();
    }

    /** The sample environment with this lab's folder and ports, plus {@code edits} (text, replacement) pairs. */
    Path environment(String name, String... edits) throws IOException {
        String text = Files.readString(Path.of("sample-mops/environments/local-pgbouncer.yaml"))
                .replace("/tmp/mop-pgbouncer-lab", dir.toString())
                .replace("15432", String.valueOf(postgresPort))
                .replace("16432", String.valueOf(pgbouncerPort));
        for (int i = 0; i < edits.length; i += 2) {
            if (!text.contains(edits[i])) {
                throw new AssertionError("the sample environment no longer holds " + edits[i]);
            }
            text = text.replace(edits[i], edits[i + 1]);
        }
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, text);
        return file;
    }

    /** {@code count} clients, each running short transactions through PgBouncer, reconnecting when dropped. */
    void load(int count) {
        loading.set(true);
        for (int i = 0; i < count; i++) {
            Thread client = new Thread(this::clientLoop, "pg-lab-client-" + i);
            client.setDaemon(true);
            client.start();
            clients.add(client);
        }
    }

    private void clientLoop() {
        while (loading.get()) {
            try (Connection c = connect("orders"); Statement s = c.createStatement()) {
                while (loading.get()) {
                    s.execute("SELECT pg_sleep(0.2)");
                }
            } catch (SQLException | IOException e) {
                sleep(100);
            }
        }
    }

    Connection connect(String database) throws SQLException, IOException {
        Properties props = new Properties();
        props.setProperty("user", "mop");
        props.setProperty("password", password());
        props.setProperty("preferQueryMode", "simple");
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgbouncerPort + "/" + database, props);
    }

    /** A statement on PgBouncer's admin console. */
    void admin(String command) throws SQLException, IOException {
        try (Connection c = connect("pgbouncer"); Statement s = c.createStatement()) {
            s.execute(command);
        }
    }

    String setting(String key) throws SQLException, IOException {
        try (Connection c = connect("pgbouncer"); Statement s = c.createStatement();
                var rows = s.executeQuery("SHOW CONFIG")) {
            while (rows.next()) {
                if (key.equals(rows.getString("key"))) {
                    return rows.getString("value");
                }
            }
        }
        throw new AssertionError("PgBouncer has no setting " + key);
    }

    private void script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pgbouncer-lab.sh " + args[0] + " took longer than 90 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "pgbouncer-lab.sh " + String.join(" ", args) + ":\n" + output);
    }

    @Override
    public void close() throws Exception {
        loading.set(false);
        for (Thread client : clients) {
            client.join(2000);
        }
        script("stop", dir.toString());
        // -Dmop.keepLab=true keeps the folder (pgbouncer.log, postgresql.log) to look into a failure.
        if (Boolean.getBoolean("mop.keepLab")) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
