package io.mopstudio.providers.pgbouncer;

import io.mopstudio.providers.sql.ResultRows;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PgBouncer's admin console on an open connection (simple query protocol). Its commands take
 * names, not values, so they cannot be bound: every name is checked against what PgBouncer itself
 * accepts before it is written into a command.
 */
final class AdminConsole {

    private final Connection connection;

    AdminConsole(Connection connection) {
        this.connection = connection;
    }

    List<Map<String, Object>> show(String what) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return ResultRows.read(statement.executeQuery("SHOW " + what), 10_000).rows();
        }
    }

    void execute(String command) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(command);
        }
    }

    /** The row of SHOW DATABASES for {@code database}. */
    Optional<Map<String, Object>> database(String database) throws SQLException {
        return show("DATABASES").stream().filter(row -> database.equals(row.get("name"))).findFirst();
    }

    static boolean paused(Map<String, Object> databaseRow) {
        Object paused = databaseRow.get("paused");
        return paused != null && !"0".equals(String.valueOf(paused)) && !"false".equals(String.valueOf(paused));
    }
}
