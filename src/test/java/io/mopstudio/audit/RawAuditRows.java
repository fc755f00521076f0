package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunStarted;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's baseline: the very rows the recorder writes (runs, events with their chain
 * hashes, seals), computed beforehand and inserted with plain JDBC batches, one commit per batch,
 * as MOP_APP into an audit file with the same schema.
 */
public final class RawAuditRows implements AutoCloseable {

    private final EventJson json = new EventJson();
    private final Connection connection;
    private final PreparedStatement runs;
    private final PreparedStatement events;
    private final PreparedStatement seals;

    /** A row of one table, its parameters in column order. */
    public record Row(int table, Object[] values) {
    }

    private RawAuditRows(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        runs = connection.prepareStatement("INSERT INTO runs (run_id, mop_id, mop_name, mop_version, mop_sha256,"
                + " mop_text, mop_file, environment, demo_environment, incident, operator, started_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        events = connection.prepareStatement(
                "INSERT INTO events (run_id, seq, kind, time, json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
        seals = connection.prepareStatement(
                "INSERT INTO seals (run_id, seq, hash, final_state, sealed_at) VALUES (?, ?, ?, ?, ?)");
    }

    /** Creates an empty audit at {@code base} (schema, users) and connects as the application. */
    public static RawAuditRows create(Path base) throws SQLException {
        AuditLocation location = AuditLocation.of(base);
        AuditStore.open(location, true, AuditMigrations.shipped()).close();
        return new RawAuditRows(new AuditConnector(location, AuditCredentials.load(location)).asApplication());
    }

    /** The rows of one run's events, as the recorder would write them. */
    public List<Row> rows(List<RunEvent> run) {
        List<Row> rows = new ArrayList<>();
        String previous = "";
        for (RunEvent event : run) {
            String body = json.write(event);
            if (event instanceof RunStarted s) {
                previous = s.mopSha256();
                rows.add(new Row(0, new Object[] {s.runId(), s.mopId(), s.mopName(), s.mopVersion(), s.mopSha256(),
                    s.mopText(), s.mopFile(), s.environment(), s.demoEnvironment(), json.writeIncident(s.incident()),
                    s.operator(), SqlTime.of(s.time())}));
            }
            String hash = ChainHash.of(event.runId(), event.seq(), event.kind(), event.time(), body, previous);
            rows.add(new Row(1, new Object[] {event.runId(), event.seq(), event.kind(), SqlTime.of(event.time()), body,
                previous, hash}));
            if (event instanceof RunFinished f) {
                rows.add(new Row(2, new Object[] {f.runId(), f.seq(), hash, f.finalState().name(),
                    SqlTime.of(f.time())}));
            }
            previous = hash;
        }
        return rows;
    }

    /** Inserts the rows in batches (runs first, so the events' foreign keys hold) and commits once. */
    public void insert(List<Row> rows) throws SQLException {
        for (Row row : rows) {
            PreparedStatement statement = row.table() == 0 ? runs : row.table() == 1 ? events : seals;
            for (int i = 0; i < row.values().length; i++) {
                statement.setObject(i + 1, row.values()[i]);
            }
            statement.addBatch();
        }
        runs.executeBatch();
        events.executeBatch();
        seals.executeBatch();
        connection.commit();
    }

    /**
     * Inserts the rows one statement at a time, committing after each event's rows: the durability
     * the recorder gives (every event committed before the run goes on), with none of its work.
     */
    public void insertCommittingEach(List<Row> rows) throws SQLException {
        for (int n = 0; n < rows.size(); n++) {
            Row row = rows.get(n);
            PreparedStatement statement = row.table() == 0 ? runs : row.table() == 1 ? events : seals;
            for (int i = 0; i < row.values().length; i++) {
                statement.setObject(i + 1, row.values()[i]);
            }
            statement.executeUpdate();
            // A run row goes with its run_started event, a seal with its event: one commit for each event.
            boolean sealFollows = row.table() == 1 && n + 1 < rows.size() && rows.get(n + 1).table() == 2;
            if (row.table() != 0 && !sealFollows) {
                connection.commit();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
