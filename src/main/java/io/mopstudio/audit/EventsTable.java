package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All SQL on the {@code events} table: every event of every run, one row each, in seq order. */
final class EventsTable {

    static final String RUN_FINISHED = "run_finished";

    private static final String INSERT = "INSERT INTO events (run_id, seq, kind, time, json) VALUES (?, ?, ?, ?, ?)";
    private static final String COLUMNS = "SELECT run_id, seq, kind, time, json FROM events";
    private static final String SELECT_RUN = COLUMNS + " WHERE run_id = ? ORDER BY seq";
    private static final String SELECT_FINISHES = COLUMNS + " WHERE kind = '" + RUN_FINISHED + "'";
    private static final String SELECT_FINISH = SELECT_FINISHES + " AND run_id = ? ORDER BY seq LIMIT 1";

    private EventsTable() {
    }

    static void insert(Connection connection, RunEvent event, String json) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, event.runId());
            insert.setLong(2, event.seq());
            insert.setString(3, event.kind());
            insert.setObject(4, event.time());
            insert.setString(5, json);
            insert.executeUpdate();
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
                events.add(new AuditEvent(rows.getString("run_id"), rows.getLong("seq"), rows.getString("kind"),
                        rows.getObject("time", Instant.class), rows.getString("json")));
            }
            return events;
        }
    }
}
