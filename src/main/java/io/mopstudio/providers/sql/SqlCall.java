package io.mopstudio.providers.sql;

import io.mopstudio.providers.PrimitiveResult;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One bounded SQL call as a primitive result; a failure reads as an operator needs it: where, the
 * server's words and its SQLSTATE, or that it ran out of time.
 */
public final class SqlCall {

    private SqlCall() {
    }

    /** Runs {@code work} on a connection to {@code target} within its timeout. */
    public static PrimitiveResult attempt(JdbcTarget target, BoundedJdbc.Work<PrimitiveResult> work)
            throws InterruptedException {
        try {
            return BoundedJdbc.call(target, work);
        } catch (SQLException e) {
            return failed(target, e);
        } catch (BoundedJdbc.TimedOut e) {
            return timedOut(target, e);
        }
    }

    static PrimitiveResult failed(JdbcTarget target, SQLException e) {
        Map<String, Object> output = new LinkedHashMap<>();
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("no message");
        output.put("error", message);
        if (e.getSQLState() != null) {
            output.put("sqlstate", e.getSQLState());
        }
        return new PrimitiveResult(false, output, target.where() + " failed: " + message, "error");
    }

    static PrimitiveResult timedOut(JdbcTarget target, BoundedJdbc.TimedOut e) {
        return new PrimitiveResult(false, Map.of("error", e.getMessage()), target.where() + " failed: "
                + e.getMessage(), "timed out");
    }
}
