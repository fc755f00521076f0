package io.mopstudio.ui.shell;

import io.mopstudio.setup.LabConnection;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The window's one demo lab connection: opened by the first run on a demo environment, reused by
 * every later one, closed when the window closes. Runs prepare on worker threads, hence the locks.
 */
public final class LabSession implements AutoCloseable {

    private final IntFunction<LabConnection> connector;
    private LabConnection connection;

    /** {@code connector} is normally {@link LabConnection#connect}. */
    public LabSession(IntFunction<LabConnection> connector) {
        this.connector = connector;
    }

    /** The lab for an environment's lab port; the first call connects (or starts one), later calls reuse it. */
    public synchronized LabConnection connect(int port) {
        if (connection == null) {
            connection = connector.apply(port);
        }
        return connection;
    }

    public synchronized Optional<LabConnection> current() {
        return Optional.ofNullable(connection);
    }

    /** Puts every simulated resource back to its starting scenario; false when no lab has been opened yet. */
    public boolean reset() {
        Optional<LabConnection> lab = current();
        lab.ifPresent(LabConnection::reset);
        return lab.isPresent();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
