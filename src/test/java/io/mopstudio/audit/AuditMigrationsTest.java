package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditMigrationsTest {

    private static final Migration V1 = Migration.fromResource("V1__audit.sql");
    private static final Migration V2 = Migration.fromResource("V2__chain.sql");
    private static final Migration V3 = Migration.fromResource("V3__seals.sql");
    private static final Migration LATER = new Migration(4, "V4__review_notes.sql", """
            -- A later release adds reviewers' notes.
            CREATE TABLE IF NOT EXISTS review_notes (
                run_id VARCHAR(200) NOT NULL REFERENCES runs (run_id),
                note   VARCHAR(2000) NOT NULL
            );
            GRANT SELECT, INSERT ON TABLE review_notes TO AUDIT_WRITER;
            """);

    @TempDir
    Path dir;

    @Test
    void reopeningKeepsTheDataAndRunsNoMigrationAgain() throws SQLException {
        AuditLocation location = AuditLocation.of(dir.resolve("audit"));
        try (AuditStore store = AuditStore.open(dir.resolve("audit"))) {
            SampleRuns.recordBoth(store.listener());
        }
        List<String> versionsBefore = schemaVersionRows(location);

        try (AuditStore reopened = AuditStore.open(dir.resolve("audit"))) {
            assertEquals(2, reopened.listRuns().size());
            assertEquals(SampleRuns.rolledBackRun().size(), reopened.events(SampleRuns.ROLLED_BACK_RUN).size());
            try (Connection admin = admin(location)) {
                assertEquals(List.of(), AuditMigrations.shipped().apply(admin));
            }
        }
        assertEquals(3, versionsBefore.size());
        assertEquals(versionsBefore, schemaVersionRows(location), "applied_at would change if V1 ran again");
    }

    @Test
    void aLaterVersionUpgradesAnOldDatabase() throws SQLException {
        AuditLocation location = AuditLocation.of(dir.resolve("audit"));
        try (AuditStore old = AuditStore.open(location, true, new AuditMigrations(List.of(V1, V2, V3)))) {
            SampleRuns.recordBoth(old.listener());
        }

        try (AuditStore upgraded = AuditStore.open(location, true, new AuditMigrations(List.of(LATER, V1, V2, V3)))) {
            assertEquals(2, upgraded.listRuns().size());
            try (Connection admin = admin(location)) {
                assertEquals(Set.of(1, 2, 3, 4), AuditMigrations.appliedVersions(admin));
            }
            try (Connection app = new AuditConnector(location, AuditCredentials.load(location)).asApplication();
                 Statement statement = app.createStatement()) {
                statement.executeUpdate("INSERT INTO review_notes VALUES ('" + SampleRuns.ROLLED_BACK_RUN
                        + "', 'rollback worked')");
                app.commit();
            }
        }
    }

    @Test
    void shippedScriptCanRunTwiceWithoutHarm() throws SQLException {
        AuditLocation location = AuditLocation.of(dir.resolve("audit"));
        AuditStore.open(location, true, AuditMigrations.shipped()).close();

        try (Connection admin = admin(location); Statement statement = admin.createStatement()) {
            for (Migration migration : List.of(V1, V2, V3)) {
                for (String sql : migration.statements()) {
                    assertDoesNotThrow(() -> statement.execute(sql), sql);
                }
            }
        }
    }

    @Test
    void splitsScriptsIntoStatementsSkippingComments() {
        List<String> statements = LATER.statements();

        assertEquals(2, statements.size());
        assertTrue(statements.get(0).startsWith("CREATE TABLE IF NOT EXISTS review_notes ("), statements.get(0));
        assertTrue(statements.get(0).endsWith(")"), statements.get(0));
        assertEquals("GRANT SELECT, INSERT ON TABLE review_notes TO AUDIT_WRITER", statements.get(1));
        assertEquals(1, V1.version());
        assertTrue(V1.statements().stream().anyMatch(sql -> sql.startsWith("CREATE TRIGGER")));
    }

    @Test
    void keepsAPostgresFunctionBodyInOneStatement() {
        List<String> statements = Migration.fromResource(AuditDialect.POSTGRESQL, "V1__audit.sql").statements();

        String function = statements.stream().filter(sql -> sql.startsWith("CREATE OR REPLACE FUNCTION"))
                .findFirst().orElseThrow();
        assertTrue(function.contains("RAISE EXCEPTION") && function.endsWith("$$"), function);
        String block = statements.stream().filter(sql -> sql.startsWith("DO $$")).findFirst().orElseThrow();
        assertTrue(block.contains("CREATE ROLE audit_writer NOLOGIN;") && block.endsWith("$$"), block);
    }

    private static Connection admin(AuditLocation location) {
        return new AuditConnector(location, AuditCredentials.load(location)).asAdmin(false);
    }

    private static List<String> schemaVersionRows(AuditLocation location) throws SQLException {
        try (Connection admin = admin(location); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, script, applied_at FROM schema_version ORDER BY version")) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            return result;
        }
    }
}
