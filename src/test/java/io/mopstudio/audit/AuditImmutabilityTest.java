package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The audit cannot be changed through the application's own credentials (grants), nor by the
 * admin with UPDATE or DELETE (triggers). Connects the way an intruder holding the credentials
 * file would: plain JDBC with the passwords read from it. Every attempt must leave the audit as
 * it was, so one recorded file serves all cases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditImmutabilityTest {

    @TempDir
    static Path dir;

    private AuditStore store;
    private Properties credentials;

    @BeforeAll
    void recordRuns() throws IOException {
        store = AuditStore.open(dir.resolve("audit"));
        SampleRuns.recordBoth(store.listener());
        credentials = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("audit-admin.properties"))) {
            credentials.load(in);
        }
    }

    @AfterAll
    void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE runs SET operator = 'mallory'",
            "UPDATE events SET json = '{}' WHERE seq = 1",
            "DELETE FROM events WHERE kind = 'run_finished'",
            "DELETE FROM runs",
            "TRUNCATE TABLE events",
            "DROP TABLE events",
            "ALTER TABLE events DROP COLUMN json",
            "DROP TRIGGER events_append_only",
            "INSERT INTO schema_version (version, script, applied_at) VALUES (99, 'x', CURRENT_TIMESTAMP)"})
    void applicationUserMayNotChangeOrRemoveAnything(String sql) throws SQLException {
        try (Connection app = connect("app")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(app, sql));
            assertEquals(ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1, refused.getErrorCode(), refused.getMessage());
        }
        assertAuditIntact();
    }

    @Test
    void applicationUserMayReadAndAppend() throws SQLException {
        try (Connection app = connect("app"); Statement statement = app.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM events")) {
            count.next();
            assertEquals(20, count.getInt(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE runs SET operator = 'mallory'",
            "UPDATE events SET json = '{}' WHERE seq = 1",
            "DELETE FROM events WHERE kind = 'run_finished'",
            "DELETE FROM runs WHERE run_id = 'no such run'"})
    void adminUpdatesAndDeletesAreRefusedByTheTriggers(String sql) throws SQLException {
        try (Connection admin = connect("admin")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(admin, sql));
            assertTrue(refused.getMessage().startsWith("The audit is append-only"), refused.getMessage());
        }
        assertAuditIntact();
    }

    @Test
    void credentialsFileIsReadableByItsOwnerOnly() throws IOException {
        Path file = dir.resolve("audit-admin.properties");
        assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("MOP_APP", credentials.getProperty("app.user"));
        assertTrue(credentials.getProperty("app.password").length() >= 32);
    }

    private Connection connect(String who) throws SQLException {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + dir.resolve("audit").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        source.setUser(credentials.getProperty(who + ".user"));
        source.setPassword(credentials.getProperty(who + ".password"));
        return source.getConnection();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void assertAuditIntact() {
        assertEquals(2, store.listRuns().size());
        assertEquals("alice", store.findRun(SampleRuns.ROLLED_BACK_RUN).orElseThrow().operator());
        assertEquals(SampleRuns.rolledBackRun().size(), store.events(SampleRuns.ROLLED_BACK_RUN).size());
        assertTrue(store.events(SampleRuns.ROLLED_BACK_RUN).get(0).json().contains("mopText"));
    }
}
