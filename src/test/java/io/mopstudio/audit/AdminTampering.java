package io.mopstudio.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What an administrator of an audit file can do with the password from audit-admin.properties:
 * drop the append-only triggers and change rows with plain SQL, as H2's own tools would.
 */
public final class AdminTampering {

    private AdminTampering() {
    }

    /** Runs each statement as MOP_ADMIN against the audit whose base path is {@code base}. */
    public static void execute(Path base, String... statements) {
        try (Connection admin = admin(base); Statement statement = admin.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query as MOP_ADMIN, each column as text. */
    public static List<List<String>> query(Path base, String sql) {
        try (Connection admin = admin(base); Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> result = new ArrayList<>();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection admin(Path base) throws SQLException {
        Properties credentials = new Properties();
        try (Reader in = Files.newBufferedReader(base.resolveSibling("audit-admin.properties"))) {
            credentials.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";AUTO_SERVER=TRUE");
        source.setUser(credentials.getProperty("admin.user"));
        source.setPassword(credentials.getProperty("admin.password"));
        return source.getConnection();
    }

    /** Drops the triggers that refuse UPDATE and DELETE, which only the admin may do. */
    public static void dropTriggers(Path base) {
        execute(base, "DROP TRIGGER events_append_only", "DROP TRIGGER runs_append_only");
    }
}
