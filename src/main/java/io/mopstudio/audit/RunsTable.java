package io.mopstudio.audit;

import io.mopstudio.engine.event.RunStarted;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** All SQL on the {@code runs} table: one row per run, written once by its run_started event. */
final class RunsTable {

    private static final String INSERT = """
            INSERT INTO runs (run_id, mop_id, mop_name, mop_version, mop_sha256, mop_text, mop_file,
                              environment, demo_environment, incident, operator, started_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SUMMARY_COLUMNS = """
            SELECT run_id, mop_id, mop_name, mop_version, mop_sha256, mop_file, environment,
                   demo_environment, incident, operator, started_at
            FROM runs""";
    private static final String SELECT_ALL = SUMMARY_COLUMNS + " ORDER BY started_at DESC, run_id DESC";
    private static final String SELECT_BY_ID = SUMMARY_COLUMNS + " WHERE run_id = ?";
    private static final String SELECT_BY_PREFIX = SUMMARY_COLUMNS + " WHERE run_id LIKE ? ESCAPE '\\' LIMIT 2";
    private static final String SELECT_MOP_TEXT = "SELECT mop_text FROM runs WHERE run_id = ?";
    private static final String SELECT_IDS_BY_PREFIX =
            "SELECT run_id FROM runs WHERE run_id LIKE ? ESCAPE '\\' ORDER BY run_id LIMIT ?";
    private static final String SELECT_RECORDED = "SELECT * FROM runs ORDER BY started_at, run_id";
    private static final String SELECT_RECORDED_ONE = "SELECT * FROM runs WHERE run_id = ?";
    private static final String SELECT_BEFORE_CHAIN = "SELECT run_id FROM runs_before_chain";

    private RunsTable() {
    }

    static void insert(Connection connection, RunStarted run, String incidentJson) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, run.runId());
            insert.setString(2, run.mopId());
            insert.setString(3, run.mopName());
            insert.setString(4, run.mopVersion());
            insert.setString(5, run.mopSha256());
            insert.setString(6, run.mopText());
            insert.setString(7, run.mopFile());
            insert.setString(8, run.environment());
            insert.setBoolean(9, run.demoEnvironment());
            insert.setString(10, incidentJson);
            insert.setString(11, run.operator());
            insert.setObject(12, SqlTime.of(run.time()));
            insert.executeUpdate();
        }
    }

    /** Newest first; unfinished, since outcomes live in the events table. */
    static List<RunSummary> all(Connection connection, EventJson json) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_ALL);
             ResultSet rows = select.executeQuery()) {
            List<RunSummary> runs = new ArrayList<>();
            while (rows.next()) {
                runs.add(summary(rows, json));
            }
            return runs;
        }
    }

    /** The run with this exact id, else the only run whose id starts with it. */
    static Optional<RunSummary> byIdOrUniquePrefix(Connection connection, String idOrPrefix, EventJson json)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_BY_ID)) {
            select.setString(1, idOrPrefix);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return Optional.of(summary(rows, json));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(SELECT_BY_PREFIX)) {
            select.setString(1, likeEscape(idOrPrefix) + "%");
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                RunSummary first = summary(rows, json);
                return rows.next() ? Optional.empty() : Optional.of(first);
            }
        }
    }

    /** Up to {@code limit} run ids that start with {@code prefix}, in order. */
    static List<String> idsStartingWith(Connection connection, String prefix, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_IDS_BY_PREFIX)) {
            select.setString(1, likeEscape(prefix) + "%");
            select.setInt(2, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }

    static Optional<String> mopText(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_MOP_TEXT)) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Every runs row as stored, oldest first. */
    static List<RecordedRun> recorded(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_RECORDED);
             ResultSet row = select.executeQuery()) {
            List<RecordedRun> runs = new ArrayList<>();
            while (row.next()) {
                runs.add(recorded(row));
            }
            return runs;
        }
    }

    /** One runs row as stored. */
    static Optional<RecordedRun> recorded(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_RECORDED_ONE)) {
            select.setString(1, runId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(recorded(row)) : Optional.empty();
            }
        }
    }

    private static RecordedRun recorded(ResultSet row) throws SQLException {
        return new RecordedRun(row.getString("run_id"), row.getString("mop_id"), row.getString("mop_name"),
                row.getString("mop_version"), row.getString("mop_sha256"), row.getString("mop_text"),
                row.getString("mop_file"), row.getString("environment"), row.getBoolean("demo_environment"),
                row.getString("incident"), row.getString("operator"), SqlTime.read(row, "started_at"));
    }

    /** The runs the V2 migration found already recorded: they have no chain to verify. */
    static Set<String> beforeChain(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_BEFORE_CHAIN);
             ResultSet rows = select.executeQuery()) {
            Set<String> ids = new HashSet<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        }
    }

    static RunSummary summary(ResultSet row, EventJson json) throws SQLException {
        return new RunSummary(
                row.getString("run_id"),
                row.getString("mop_id"),
                orEmpty(row.getString("mop_name")),
                orEmpty(row.getString("mop_version")),
                row.getString("mop_sha256"),
                orEmpty(row.getString("mop_file")),
                orEmpty(row.getString("environment")),
                row.getBoolean("demo_environment"),
                orEmpty(row.getString("operator")),
                json.readIncident(row.getString("incident")),
                SqlTime.read(row, "started_at"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
