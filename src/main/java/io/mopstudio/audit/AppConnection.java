package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.h2.api.ErrorCode;

/**
 * The store's one connection as MOP_APP, lent to one caller at a time: the engine's thread
 * recording and the window reading may share a store. Autocommit is off so that a run_started,
 * which writes a run row and an event row, commits both or neither.
 *
 * <p>A broken connection is opened again. With H2's AUTO_SERVER the process that opened the file
 * first serves it to the others; when it exits, their connections break, and H2 reconnects by
 * itself only in autocommit mode. Measured before this: of eight runs that overlapped another
 * run's end on one audit file, four ended FAILED with "Connection is broken: session closed".
 */
final class AppConnection implements AutoCloseable {

    /** Work done with the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Opens a fresh application connection (a new H2 server may take a moment to be up). */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** How long to keep trying to open a broken connection again before giving up. */
    static final Duration RECONNECT_FOR = Duration.ofSeconds(20);

    /*
     * When the serving process closes the database while this one is inside a transaction, H2
     * answers with a general error wrapping MVStore's ERROR_CLOSED (code 4), e.g. "Transaction 1
     * is closed [2.3.232/4]" (seen in a stress run of overlapping command-line runs). Over AUTO_SERVER's
     * TCP link only the message survives, so the code is read from it.
     */
    private static final Pattern MVSTORE_CLOSED =
            Pattern.compile("MVStoreException: .* closed \\[[^/\\]]+/4]");

    private final Opener opener;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    /** Once closed, for good: a late read or write must not open the file again (nobody would close it). */
    private boolean closed;

    AppConnection(Connection connection, Opener opener) throws SQLException {
        this.opener = opener;
        this.connection = prepared(connection);
    }

    private static Connection prepared(Connection connection) throws SQLException {
        try {
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Runs the work and commits it before returning its result; on any failure nothing of it is
     * kept. Not repeated after a broken connection (whether it committed is unknown), but the
     * connection is opened again for the next caller.
     */
    <T> T write(Work<T> work) throws SQLException {
        return write(work, Optional.empty());
    }

    /**
     * As {@link #write(Work)}, and after a broken connection opens it again and, unless
     * {@code committed} finds the work's result already there (the commit went through just before
     * the break), does the work again.
     */
    <T> T write(Work<T> work, Work<Optional<T>> committed) throws SQLException {
        return write(work, Optional.of(committed));
    }

    private <T> T write(Work<T> work, Optional<Work<Optional<T>>> committed) throws SQLException {
        lock.lock();
        try {
            refuseWhenClosed();
            boolean again = false;
            while (true) {
                try {
                    Optional<T> done = again ? committed.get().run(connection) : Optional.empty();
                    T result = done.isPresent() ? done.get() : work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    rollbackAfter(e);
                    if (!broken(e)) {
                        throw e;
                    }
                    reconnect(e);
                    if (committed.isEmpty()) {
                        throw e;
                    }
                    again = true;
                } catch (RuntimeException e) {
                    rollbackAfter(e);
                    throw e;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Reads; a read broken with the connection is simply read again on a new one. */
    <T> T read(Work<T> work) throws SQLException {
        lock.lock();
        try {
            refuseWhenClosed();
            while (true) {
                try {
                    T result = work.run(connection);
                    // Ends the read's transaction, so the next read sees what others committed since.
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    if (!broken(e)) {
                        throw e;
                    }
                    reconnect(e);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** The connection is gone (not a refusal of what was asked): H2's broken session, or a JDBC class-08 state. */
    static boolean broken(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1
                || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                || e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                || e.getErrorCode() == ErrorCode.OBJECT_CLOSED
                || state.startsWith("08")
                || storeClosedUnderUs(e);
    }

    private static boolean storeClosedUnderUs(SQLException e) {
        return e.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && e.getMessage() != null
                && MVSTORE_CLOSED.matcher(e.getMessage()).find();
    }

    /** Opens a new connection, retrying with growing pauses for {@link #RECONNECT_FOR}; else throws {@code cause}. */
    private void reconnect(SQLException cause) throws SQLException {
        closeQuietly(connection);
        long deadline = System.nanoTime() + RECONNECT_FOR.toNanos();
        long pauseMillis = 50;
        while (true) {
            try {
                connection = prepared(opener.open());
                return;
            } catch (SQLException | AuditStoreException e) {
                cause.addSuppressed(e);
                if (System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw cause;
                }
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw cause;
            }
            pauseMillis = Math.min(1000, pauseMillis * 2);
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already broken: there is nothing left to close properly.
        }
    }

    private void refuseWhenClosed() throws SQLException {
        if (closed) {
            // Not a broken connection (no class-08 state): nothing is retried or opened again.
            throw new SQLException("the audit database was closed (MOP Studio is shutting down)", "HY000");
        }
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            closed = true;
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
