package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All SQL on the {@code seals} table: the seq and hash of each event that can end a run's chain
 * (run_finished, run_reviewed), written with it, so that a run cut short shows (see V3__seals.sql).
 */
final class SealsTable {

    /** The events after which a run's chain may end, and so are sealed. */
    static boolean seals(String kind) {
        return EventsTable.RUN_FINISHED.equals(kind) || "run_reviewed".equals(kind);
    }

    /** One sealed event; {@code hash} empty for a run recorded before the chain, {@code finalState} only for run_finished. */
    record Seal(long seq, Optional<String> hash, Optional<String> finalState, Instant sealedAt) {
    }

    private static final String INSERT =
            "INSERT INTO seals (run_id, seq, hash, final_state, sealed_at) VALUES (?, ?, ?, ?, ?)";
    private static final String SELECT_RUN = "SELECT seq, hash, final_state, sealed_at FROM seals WHERE run_id = ? ORDER BY seq";

    private SealsTable() {
    }

    static void insert(Connection connection, String runId, long seq, String hash, Optional<String> finalState,
            Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, runId);
            insert.setLong(2, seq);
            insert.setString(3, hash);
            insert.setString(4, finalState.orElse(null));
            insert.setObject(5, SqlTime.of(at));
            insert.executeUpdate();
        }
    }

    static List<Seal> ofRun(Connection connection, String runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_RUN)) {
            select.setString(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                List<Seal> seals = new ArrayList<>();
                while (rows.next()) {
                    seals.add(new Seal(rows.getLong("seq"), Optional.ofNullable(rows.getString("hash")),
                            Optional.ofNullable(rows.getString("final_state")), SqlTime.read(rows, "sealed_at")));
                }
                return seals;
            }
        }
    }
}
