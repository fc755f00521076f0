package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings an audit file's schema up to date by running, as admin, each script it has not run yet,
 * in version order, and recording it in {@code schema_version}. All SQL on schema_version lives
 * here.
 *
 * <p>H2 commits each DDL statement on its own, so a script is not atomic: a crash part-way, or two
 * processes creating the same new file at once, can run a script twice. Scripts are therefore
 * written to be re-runnable ({@code IF NOT EXISTS}).
 */
final class AuditMigrations {

    /** Append new scripts here; never edit or reorder one that has shipped. Each dialect has its own copy. */
    private static final List<String> SHIPPED = List.of("V1__audit.sql", "V2__chain.sql", "V3__seals.sql");

    private static final String CREATE_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                script     VARCHAR(200) NOT NULL,
                applied_at TIMESTAMP WITH TIME ZONE NOT NULL
            )""";
    private static final String SELECT_VERSIONS = "SELECT version FROM schema_version";
    private static final String INSERT_VERSION =
            "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)";

    private final List<Migration> migrations;

    AuditMigrations(List<Migration> migrations) {
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version() == sorted.get(i - 1).version()) {
                throw new IllegalArgumentException("two migrations with version " + sorted.get(i).version());
            }
        }
        this.migrations = List.copyOf(sorted);
    }

    static AuditMigrations shipped() {
        return shipped(AuditDialect.H2);
    }

    static AuditMigrations shipped(AuditDialect dialect) {
        return new AuditMigrations(SHIPPED.stream().map(name -> Migration.fromResource(dialect, name)).toList());
    }

    /**
     * Runs the pending scripts and returns the versions it ran, oldest first. On a connection with
     * autocommit off (PostgreSQL, whose DDL is transactional) each script and its schema_version
     * row commit together or not at all.
     */
    List<Integer> apply(Connection admin) throws SQLException {
        boolean transactional = !admin.getAutoCommit();
        try {
            try (Statement statement = admin.createStatement()) {
                statement.execute(CREATE_TABLE);
            }
            commitIf(transactional, admin);
            Set<Integer> done = appliedVersions(admin);
            List<Integer> ran = new ArrayList<>();
            for (Migration migration : migrations) {
                if (!done.contains(migration.version())) {
                    run(admin, migration);
                    commitIf(transactional, admin);
                    ran.add(migration.version());
                }
            }
            return List.copyOf(ran);
        } catch (SQLException e) {
            if (transactional) {
                admin.rollback();
            }
            throw e;
        }
    }

    /** The newest version shipped: a database below it must be upgraded before use. */
    int latest() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    private static void commitIf(boolean transactional, Connection connection) throws SQLException {
        if (transactional) {
            connection.commit();
        }
    }

    static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(SELECT_VERSIONS)) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private static void run(Connection admin, Migration migration) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String sql : migration.statements()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new SQLException("migration " + migration.name() + " failed: " + e.getMessage(), e.getSQLState(),
                    e.getErrorCode(), e);
        }
        try (PreparedStatement insert = admin.prepareStatement(INSERT_VERSION)) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.name());
            insert.setObject(3, SqlTime.of(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            // Another process ran the same (re-runnable) script a moment earlier.
            if (!SqlTime.DUPLICATE_KEY_STATE.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
