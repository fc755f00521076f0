package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All SQL on the {@code events} table: every event of every run, one row each, in seq order. */
final class EventsTable {

    static final String RUN_FINISHED = "run_finished";

    private static final String INSERT =
            "INSERT INTO events (run_id, seq, kind, time, json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_HASH = "SELECT hash FROM events WHERE run_id = ? AND seq = ?";
    private static final String SELECT_CHAIN =
            "SELECT run_id, seq, kind, time, json, prev_hash, hash FROM events WHERE run_id = ? ORDER BY seq";
    private static final String COLUMNS = "SELECT run_id, seq, kind, time, json FROM events";
    private static final String SELECT_RUN = COLUMNS + " WHERE run_id = ? ORDER BY seq";
    private static final String SELECT_FINISHES = COLUMNS + " WHERE kind = '" + RUN_FINISHED + "'";
    private static final String SELECT_FINISH = SELECT_FINISHES + " AND run_id = ? ORDER BY seq LIMIT 1";

    private EventsTable() {
    }

    /** Appends the event, linked to {@code previousHash} (see {@link ChainHash}); returns its hash. */
    static String insert(Connection connection, RunEvent event, String json, String previousHash) throws SQLException {
        String hash = ChainHash.of(event.runId(), event.seq(), event.kind(), event.time(), json, previousHash);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.runId());
            insert.setLong(2, event.seq());
            insert.setString(3, event.kind());
            insert.setObject(4, SqlTime.of(event.time()));
            insert.setString(5, json);
            insert.setString(6, previousHash);
            insert.setString(7, hash);
            insert.executeUpdate();
        }
        return hash;
    }

    /** The stored hash of one event; empty when there is no such row or it was written before V2. */
    static Optional<String> hash(Connection connection, String runId, long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_HASH)) {
            select.setString(1, runId);
            select.setLong(2, seq);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** A run's rows with their links, for {@link ChainVerifier}. */
    static List<ChainedRow> chain(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_CHAIN)) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                List<ChainedRow> chain = new ArrayList<>();
                while (rows.next()) {
                    chain.add(new ChainedRow(event(rows), Optional.ofNullable(rows.getString("prev_hash")),
                            Optional.ofNullable(rows.getString("hash"))));
                }
                return chain;
            }
        }
    }

    static List<AuditEvent> ofRun(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_RUN)) {
            select.setString(1, runId);
            return read(select);
        }
    }

    /** The run_finished event of every run that has one, by run id. */
    static Map<String, AuditEvent> finishes(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FINISHES)) {
            Map<String, AuditEvent> byRun = new HashMap<>();
            for (AuditEvent event : read(select)) {
                byRun.merge(event.runId(), event, (first, later) -> first.seq() <= later.seq() ? first : later);
            }
            return byRun;
        }
    }

    static Optional<AuditEvent> finish(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_FINISH)) {
            select.setString(1, runId);
            return read(select).stream().findFirst();
        }
    }

    private static List<AuditEvent> read(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<AuditEvent> events = new ArrayList<>();
            while (rows.next()) {
                events.add(event(rows));
            }
            return events;
        }
    }

    private static AuditEvent event(ResultSet row) throws SQLException {
        return new AuditEvent(row.getString("run_id"), row.getLong("seq"), row.getString("kind"),
                SqlTime.read(row, "time"), row.getString("json"));
    }
}
