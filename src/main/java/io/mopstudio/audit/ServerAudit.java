package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens an audit on a PostgreSQL server: with the admin login (if given) it brings the schema up to
 * date and grants the audit_writer role to the application user; everything after that runs as the
 * application user. Without the admin login the schema must already be current.
 */
final class ServerAudit {

    private static final String SELECT_VERSION = "SELECT COALESCE(MAX(version), 0) FROM schema_version";

    private ServerAudit() {
    }

    static AuditStore open(AuditTarget.Server target) {
        String url = target.url().strip();
        if (url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new AuditStoreException("The audit URL must not carry a password (it would show in the process "
                    + "list and shell history): give it in " + ServerLogins.PASSWORD_VARIABLE
                    + " or a credentials file.");
        }
        AuditMigrations migrations = AuditMigrations.shipped(AuditDialect.POSTGRESQL);
        if (target.logins().admin().isPresent()) {
            prepare(url, target.logins(), migrations);
        }
        Connection app = connect(url, target.logins().app());
        try {
            int version = version(app);
            if (version < migrations.latest()) {
                throw new AuditStoreException("The audit schema at " + url + " is at version " + version
                        + "; this MOP Studio needs version " + migrations.latest() + ". Open it once with the admin"
                        + " login (" + ServerLogins.ADMIN_USER_VARIABLE + " and " + ServerLogins.ADMIN_PASSWORD_VARIABLE
                        + ", or admin.user and admin.password in the credentials file) to create or upgrade it.");
            }
            return new AuditStore(url, Optional.empty(), new AppConnection(app, () -> connect(url, target.logins().app())));
        } catch (SQLException e) {
            closeQuietly(app);
            throw new AuditStoreException("Cannot open the audit at " + url + ": " + explain(e), e);
        } catch (RuntimeException e) {
            closeQuietly(app);
            throw e;
        }
    }

    private static void prepare(String url, ServerLogins logins, AuditMigrations migrations) {
        try (Connection admin = connect(url, logins.admin().orElseThrow())) {
            admin.setAutoCommit(false);
            migrations.apply(admin);
            try (Statement grant = admin.createStatement()) {
                // The user name is checked to be a plain identifier (ServerLogins); GRANT takes no parameters.
                grant.execute("GRANT audit_writer TO \"" + logins.app().user() + "\"");
            }
            admin.commit();
        } catch (SQLException e) {
            throw new AuditStoreException("Cannot prepare the audit at " + url + " as "
                    + logins.admin().orElseThrow().user() + ": " + explain(e), e);
        }
    }

    private static int version(Connection app) throws SQLException {
        try (Statement statement = app.createStatement(); ResultSet row = statement.executeQuery(SELECT_VERSION)) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                app.rollback();
                return 0;
            }
            throw e;
        }
    }

    private static Connection connect(String url, ServerLogins.Login login) {
        Properties properties = new Properties();
        properties.setProperty("user", login.user());
        properties.setProperty("password", login.password());
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new AuditStoreException("Cannot connect to the audit at " + url + " as " + login.user() + ": "
                    + explain(e), e);
        }
    }

    /** PostgreSQL's SQLSTATEs in words; the server's own first line otherwise. */
    private static String explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "the server refused the user or password";
            case "3D000" -> "the database does not exist";
            case "42501" -> "permission denied (" + AuditConnector.firstLine(e.getMessage()) + ")";
            default -> state.startsWith("08") ? "cannot reach the server (" + AuditConnector.firstLine(e.getMessage())
                    + ")" : AuditConnector.firstLine(e.getMessage());
        };
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing with a better reason.
        }
    }
}
