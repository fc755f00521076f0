package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit on a real PostgreSQL server: the same schema, append-only guards and hash chain as on
 * H2. One server for the class; each test that changes data works in its own database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAuditTest {

    private static final ServerLogins LOGINS = new ServerLogins(new ServerLogins.Login("mop_app", "app-secret"),
            Optional.of(new ServerLogins.Login("mop_owner", "owner-secret")));
    private static final ServerLogins APP_ONLY = new ServerLogins(LOGINS.app(), Optional.empty());

    private LocalPostgres server;

    @BeforeAll
    void startServer() throws Exception {
        server = LocalPostgres.start();
        server.superuser("postgres",
                "CREATE ROLE mop_owner LOGIN CREATEROLE PASSWORD 'owner-secret'",
                "CREATE ROLE mop_app LOGIN PASSWORD 'app-secret'");
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void recordsReadsBackAndVerifiesLikeTheFileAudit() throws SQLException {
        String url = database("roundtrip");
        try (AuditStore store = AuditStore.open(new AuditTarget.Server(url, LOGINS))) {
            SampleRuns.recordBoth(store.listener());
        }

        try (AuditStore store = AuditStore.openExisting(new AuditTarget.Server(url, APP_ONLY))) {
            List<RunSummary> runs = store.listRuns();
            assertEquals(List.of(SampleRuns.UNFINISHED_RUN, SampleRuns.ROLLED_BACK_RUN),
                    runs.stream().map(RunSummary::runId).toList());
            assertEquals(Optional.of("ROLLED_BACK"), runs.get(1).finalState());
            assertEquals(Map.of("id", "INC-1234", "severity", "SEV2"), runs.get(1).incident());
            assertEquals(SampleRuns.rolledBackRun().get(6).time(), store.events(SampleRuns.ROLLED_BACK_RUN).get(6).time());
            assertEquals(Optional.of(SampleRuns.MOP_TEXT), store.mopText(SampleRuns.ROLLED_BACK_RUN));
            store.verify(Optional.empty()).forEach(v -> assertEquals(ChainVerdict.Status.INTACT, v.status(),
                    v.describe()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE runs SET operator = 'mallory'",
            "DELETE FROM events WHERE kind = 'run_finished'",
            "TRUNCATE TABLE events",
            "DROP TRIGGER events_append_only ON events",
            "INSERT INTO schema_version (version, script, applied_at) VALUES (99, 'x', now())"})
    void theApplicationUserMayOnlyReadAndAppend(String sql) throws SQLException {
        String url = guardedDatabase();
        SQLException refused = assertThrows(SQLException.class, () -> execute(url, LOGINS.app(), sql));
        assertTrue(refused.getSQLState().equals("42501") || refused.getMessage().contains("must be owner"),
                refused.getSQLState() + " " + refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE events SET json = '{}' WHERE seq = 1",
            "DELETE FROM runs",
            "TRUNCATE TABLE events"})
    void theOwnerIsStoppedByTheTriggers(String sql) throws SQLException {
        String url = guardedDatabase();
        SQLException refused = assertThrows(SQLException.class, () -> execute(url, LOGINS.admin().orElseThrow(), sql));
        assertTrue(refused.getMessage().contains("The audit is append-only"), refused.getMessage());
    }

    @Test
    void anOwnerWhoDropsTheTriggerAndEditsIsCaughtByVerify() throws SQLException {
        String url = database("tampered");
        try (AuditStore store = AuditStore.open(new AuditTarget.Server(url, LOGINS))) {
            SampleRuns.recordBoth(store.listener());
        }
        execute(url, LOGINS.admin().orElseThrow(), "DROP TRIGGER events_append_only ON events",
                "UPDATE events SET json = replace(json, 'HTTP 503', 'HTTP 200') WHERE seq = 10");

        try (AuditStore store = AuditStore.openExisting(new AuditTarget.Server(url, APP_ONLY))) {
            ChainVerdict verdict = store.verify(Optional.of(SampleRuns.ROLLED_BACK_RUN)).get(0);
            assertEquals(ChainVerdict.Status.BROKEN, verdict.status());
            assertEquals(Optional.of(10L), verdict.brokenAt());
        }
    }

    @Test
    void withoutTheOwnerLoginAnEmptyDatabaseIsRefusedWithTheReason() throws SQLException {
        String url = database("empty");
        AuditStoreException e = assertThrows(AuditStoreException.class,
                () -> AuditStore.open(new AuditTarget.Server(url, APP_ONLY)));
        assertTrue(e.getMessage().contains("is at version 0; this MOP Studio needs version "
                + AuditMigrations.shipped(AuditDialect.POSTGRESQL).latest()), e.getMessage());
    }

    @Test
    void wrongPasswordAndPasswordInTheUrlAreRefusedPlainly() throws SQLException {
        String url = database("refusals");
        AuditStoreException wrong = assertThrows(AuditStoreException.class, () -> AuditStore.open(
                new AuditTarget.Server(url, new ServerLogins(new ServerLogins.Login("mop_app", "nope"),
                        Optional.empty()))));
        assertTrue(wrong.getMessage().endsWith("as mop_app: the server refused the user or password"),
                wrong.getMessage());
        AuditStoreException inUrl = assertThrows(AuditStoreException.class, () -> AuditStore.open(
                new AuditTarget.Server(url + "?password=app-secret", APP_ONLY)));
        assertTrue(inUrl.getMessage().contains("must not carry a password"), inUrl.getMessage());
    }

    @Test
    void loginsComeFromAFileOrTheEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("audit.properties");
        Files.writeString(file, "user=mop_app\npassword=app-secret\nadmin.user=mop_owner\nadmin.password=s\n");
        ServerLogins fromFile = ServerLogins.from(Map.of(), Optional.of(file));
        assertEquals("mop_owner", fromFile.admin().orElseThrow().user());
        assertEquals(fromFile, ServerLogins.from(Map.of(ServerLogins.CREDENTIALS_VARIABLE, file.toString()),
                Optional.empty()));

        ServerLogins fromEnvironment = ServerLogins.from(Map.of(ServerLogins.USER_VARIABLE, "mop_app",
                ServerLogins.PASSWORD_VARIABLE, "app-secret"), Optional.empty());
        assertEquals(Optional.empty(), fromEnvironment.admin());
        assertTrue(!fromEnvironment.toString().contains("app-secret"));
        AuditStoreException none = assertThrows(AuditStoreException.class,
                () -> ServerLogins.from(Map.of(), Optional.empty()));
        assertTrue(none.getMessage().contains(ServerLogins.USER_VARIABLE), none.getMessage());
        AuditStoreException injected = assertThrows(AuditStoreException.class, () -> ServerLogins.from(
                Map.of(ServerLogins.USER_VARIABLE, "x\"; DROP TABLE runs; --", ServerLogins.PASSWORD_VARIABLE, "p"),
                Optional.empty()));
        assertTrue(injected.getMessage().contains("is not a database user name"), injected.getMessage());
    }

    /** A database the owner has prepared and recorded the sample runs into. */
    private String guardedDatabase() throws SQLException {
        String url = database("guarded");
        if (!guardedReady) {
            try (AuditStore store = AuditStore.open(new AuditTarget.Server(url, LOGINS))) {
                SampleRuns.recordBoth(store.listener());
            }
            guardedReady = true;
        }
        return url;
    }

    private boolean guardedReady;

    private String database(String name) throws SQLException {
        if (!name.equals("guarded") || !guardedReady) {
            server.superuser("postgres", "DROP DATABASE IF EXISTS " + name, "CREATE DATABASE " + name
                    + " OWNER mop_owner");
        }
        return server.url(name);
    }

    private static void execute(String url, ServerLogins.Login login, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, login.user(), login.password());
             Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
