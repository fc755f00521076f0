package io.mopstudio.audit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server from the machine's Debian packages, in a temporary directory on a free
 * loopback port, for the tests of an audit on a server. PostgreSQL refuses to run as root, so when
 * the tests run as root the cluster belongs to the {@code postgres} user and its tools run through
 * {@code runuser}. Tests are skipped (with the reason) only when no PostgreSQL binaries are installed.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "local-test-superuser";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Starts a new cluster, or aborts the calling test (skipped) if PostgreSQL is not installed. */
    public static LocalPostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL is not installed: no initdb under "
                + "/usr/lib/postgresql/*/bin (apt-get install -y postgresql); the PostgreSQL audit tests are skipped.");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("mop-audit-pg");
        LocalPostgres server = new LocalPostgres(bin.get(), dir, freePort(), root);
        server.initialise();
        return server;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs statements as the superuser, each on its own (CREATE DATABASE cannot run in a transaction). */
    public void superuser(String database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(database), SUPERUSER, SUPERUSER_PASSWORD);
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void initialise() throws IOException, InterruptedException {
        Path data = dir.resolve("data");
        Path passwordFile = dir.resolve("superuser-password");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD + "\n", StandardCharsets.UTF_8);
        if (asPostgresUser) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(SUPERUSER);
            Files.setOwner(dir, postgres);
            Files.setOwner(passwordFile, postgres);
        }
        run(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "--pwfile=" + passwordFile,
                "--auth=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync");
        run(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asPostgresUser) {
            line.addAll(List.of("runuser", "-u", SUPERUSER, "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", line) + " failed:\n"
                    + Files.readString(dir.resolve("tool.log")));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static Optional<Path> binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(root)) {
            versions.forEach(version -> {
                if (Files.isExecutable(version.resolve("bin/initdb"))) {
                    found.add(version.resolve("bin"));
                }
            });
        }
        // The newest installed version.
        return found.stream().max(Comparator.comparing(p -> p.getParent().getFileName().toString(),
                Comparator.comparingInt(LocalPostgres::versionNumber)));
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
