package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The queries behind the runs table at any size: each run joined with its run_finished seal (the
 * final state without reading JSON), filtered in SQL, newest first, one page at a time. The
 * indexes of V3 let the first page, a MOP filter and a state filter read only what they show.
 */
final class RunListing {

    private static final String PAGE = """
            SELECT r.run_id, r.mop_id, r.mop_name, r.mop_version, r.mop_sha256, r.mop_file, r.environment,
                   r.demo_environment, r.incident, r.operator, r.started_at, s.final_state, s.sealed_at
            """;
    /** Every run, with its end if it has one. */
    private static final String ANY_END = " FROM runs r LEFT JOIN seals s ON s.run_id = r.run_id AND s.final_state IS NOT NULL";
    /** Only runs that ended in a given state: read from the seals' state index, not the whole runs table. */
    private static final String ENDED = " FROM seals s JOIN runs r ON r.run_id = s.run_id";
    private static final String ORDER = " ORDER BY r.started_at DESC, r.run_id DESC LIMIT ?";

    private RunListing() {
    }

    /** Up to {@code limit} matching runs, newest first. */
    static RunPage page(Connection connection, RunQuery query, int limit, EventJson json) throws SQLException {
        Where where = where(query);
        boolean ended = !query.finalState().isEmpty() && !query.finalState().equals(RunQuery.UNFINISHED);
        List<RunSummary> runs = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(PAGE + (ended ? ENDED : ANY_END) + where.sql()
                + ORDER)) {
            int next = where.bind(select);
            // One more than the page, to know whether there are more.
            select.setInt(next, limit + 1);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    runs.add(summary(row, json));
                }
            }
        }
        boolean more = runs.size() > limit;
        return new RunPage(more ? runs.subList(0, limit) : runs, more, count(connection, "SELECT COUNT(*) FROM runs"),
                count(connection, "SELECT COUNT(*) FROM seals WHERE final_state IS NOT NULL"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(sql); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static RunPage.FilterValues filterValues(Connection connection) throws SQLException {
        return new RunPage.FilterValues(distinct(connection, "SELECT DISTINCT mop_id FROM runs ORDER BY 1"),
                distinct(connection, "SELECT DISTINCT environment FROM runs WHERE environment IS NOT NULL ORDER BY 1"),
                distinct(connection, "SELECT DISTINCT operator FROM runs WHERE operator IS NOT NULL ORDER BY 1"),
                distinct(connection, "SELECT DISTINCT final_state FROM seals WHERE final_state IS NOT NULL ORDER BY 1"));
    }

    private static List<String> distinct(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** A WHERE clause of fixed fragments and the values to bind to their parameters, in order. */
    private record Where(String sql, List<Object> values) {
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return values.size() + 1;
        }
    }

    private static Where where(RunQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        equal(conditions, values, "r.mop_id", query.mop());
        equal(conditions, values, "r.environment", query.environment());
        equal(conditions, values, "r.operator", query.operator());
        if (query.finalState().equals(RunQuery.UNFINISHED)) {
            conditions.add("s.run_id IS NULL");
        } else {
            equal(conditions, values, "s.final_state", query.finalState());
        }
        query.from().ifPresent(from -> {
            conditions.add("r.started_at >= ?");
            values.add(SqlTime.of(from));
        });
        query.until().ifPresent(until -> {
            conditions.add("r.started_at < ?");
            values.add(SqlTime.of(until));
        });
        String needle = query.search().strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            List<String> columns = List.of("r.run_id", "r.mop_id", "r.mop_name", "r.environment", "r.operator",
                    "r.incident");
            conditions.add("(" + String.join(" OR ", columns.stream()
                    .map(c -> "LOWER(" + c + ") LIKE ? ESCAPE '\\'").toList()) + ")");
            columns.forEach(c -> values.add("%" + RunsTable.likeEscape(needle) + "%"));
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), values);
    }

    private static void equal(List<String> conditions, List<Object> values, String column, String value) {
        if (!value.isEmpty()) {
            conditions.add(column + " = ?");
            values.add(value);
        }
    }

    private static RunSummary summary(ResultSet row, EventJson json) throws SQLException {
        RunSummary run = RunsTable.summary(row, json);
        String state = row.getString("final_state");
        if (state == null) {
            return run;
        }
        Instant finished = SqlTime.read(row, "sealed_at");
        return run.withOutcome(new RunOutcome(finished, state, Duration.between(run.startedAt(), finished).toMillis()));
    }
}
