package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's one connection as MOP_APP, lent to one caller at a time: the engine's thread
 * recording and the window reading may share a store. Autocommit is off so that a run_started,
 * which writes a run row and an event row, commits both or neither.
 */
final class AppConnection implements AutoCloseable {

    /** Work done with the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    AppConnection(Connection connection) throws SQLException {
        this.connection = connection;
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs the work and commits it before returning its result; on any failure nothing of it is kept. */
    <T> T write(Work<T> work) throws SQLException {
        lock.lock();
        try {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    <T> T read(Work<T> work) throws SQLException {
        lock.lock();
        try {
            T result = work.run(connection);
            // Ends the read's transaction, so the next read sees what others committed since.
            connection.commit();
            return result;
        } finally {
            lock.unlock();
        }
    }

    private void rollbackAfter(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
