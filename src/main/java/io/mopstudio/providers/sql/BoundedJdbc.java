package io.mopstudio.providers.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs JDBC work on its own thread so that a timeout or a cancelled step can end it: JDBC calls do
 * not answer to thread interruption, but aborting the connection closes its socket at once.
 */
public final class BoundedJdbc {

    /** Work on an open connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** The work ran out of time; the connection was aborted. */
    public static final class TimedOut extends Exception {
        TimedOut(Duration timeout) {
            super("no answer within " + timeout.toMillis() + " ms; the connection was closed");
        }
    }

    private BoundedJdbc() {
    }

    public static <T> T call(JdbcTarget target, Work<T> work) throws SQLException, TimedOut, InterruptedException {
        Connection[] opened = new Connection[1];
        CompletableFuture<T> pending = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = target.connect()) {
                synchronized (opened) {
                    opened[0] = connection;
                }
                return work.run(connection);
            } catch (SQLException e) {
                throw new WrappedSql(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "jdbc-" + target.where());
            thread.setDaemon(true);
            thread.start();
        });
        try {
            return pending.get(target.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abort(opened);
            throw new TimedOut(target.timeout());
        } catch (InterruptedException e) {
            abort(opened);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WrappedSql wrapped) {
                throw wrapped.sql;
            }
            throw new SQLException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private static void abort(Connection[] opened) {
        synchronized (opened) {
            if (opened[0] != null) {
                try {
                    opened[0].abort(Runnable::run);
                } catch (SQLException e) {
                    // Already closed: nothing left to end.
                }
            }
        }
    }

    private static final class WrappedSql extends RuntimeException {
        private final SQLException sql;

        WrappedSql(SQLException sql) {
            super(sql);
            this.sql = sql;
        }
    }
}
