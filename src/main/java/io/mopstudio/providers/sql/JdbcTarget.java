package io.mopstudio.providers.sql;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Where a SQL primitive connects: a PostgreSQL JDBC URL (a database, or PgBouncer's admin console
 * at {@code /pgbouncer}), a user and a password. The password travels in the connection's
 * properties, never in the URL, so it cannot appear in a URL someone prints.
 */
public record JdbcTarget(String url, String user, String password, boolean simpleProtocol, Duration timeout) {

    /**
     * The driver warns on java.util.logging about every PgBouncer connection ("Unsupported Server
     * Version"), which would land on the operator's console; outcomes are reported as results instead.
     * Held in a constant because java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger DRIVER_LOG = quietDriverLog();

    private static java.util.logging.Logger quietDriverLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.postgresql");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** Reads {@code url}, {@code user}, {@code password}, {@code simple_protocol} and {@code timeout}. */
    public static JdbcTarget from(String primitive, ParamReader reader, boolean simpleByDefault)
            throws PrimitiveException {
        String url = reader.requiredText("url");
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new PrimitiveException(primitive + ": url '" + url + "' must be a PostgreSQL JDBC URL such as"
                    + " jdbc:postgresql://db.internal:5432/orders (the driver MOP Studio ships)");
        }
        if (url.contains("password=")) {
            throw new PrimitiveException(primitive + ": put the password in 'password' (from the environment's"
                    + " credentials), not in the URL");
        }
        Duration timeout = reader.duration("timeout", Duration.ofSeconds(30));
        if (timeout.isZero()) {
            throw new PrimitiveException(primitive + ": 'timeout' must be longer than 0");
        }
        boolean simple = reader.bool("simple_protocol", simpleByDefault);
        return new JdbcTarget(url, reader.text("user", ""), reader.text("password", ""), simple, timeout);
    }

    /** Where it points, for summaries: the URL without parameters. */
    public String where() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Never the password: records print every component, and a target may end up in a log. */
    @Override
    public String toString() {
        return "JdbcTarget[" + where() + ", user " + user + "]";
    }

    public Connection connect() throws SQLException {
        DRIVER_LOG.finest("connecting");
        Properties props = new Properties();
        if (!user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        props.setProperty("connectTimeout", String.valueOf(Math.min(seconds, 30)));
        // A network stall must end the call even where the server ignores cancel requests (PgBouncer's console).
        props.setProperty("socketTimeout", String.valueOf(seconds + 5));
        props.setProperty("ApplicationName", "mop-studio");
        // Unnamed statements only: server-side prepared statements break behind PgBouncer's transaction pooling.
        props.setProperty("prepareThreshold", "0");
        if (simpleProtocol) {
            // PgBouncer's admin console understands only the simple query protocol.
            props.setProperty("preferQueryMode", "simple");
        }
        return DriverManager.getConnection(url, props);
    }
}
