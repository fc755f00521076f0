package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Opens JDBC connections to one audit file, as its admin or as the application user, and turns
 * H2's failures to open into plain sentences that name the file.
 */
final class AuditConnector {

    /*
     * AUTO_SERVER: the first process to open the file serves it over TCP to the others, so the
     * window and a command-line run can record at the same time.
     *
     * WRITE_DELAY=0: H2 2.x's MVStore commits a transaction in memory and by default writes it to
     * the file up to 500 ms later, from a background thread; a kill -9 in that window loses
     * committed events. With 0, ending each transaction stores it into the file before commit
     * returns (TransactionStore.endTransaction -> MVStore.commit). That survives the process
     * dying; it is not an fsync, so a power cut may still lose the last events. The price: with
     * no write delay MVStore runs no background housekeeping, so the file grows by a few KB per
     * event while open (measured: 13 MB for 1,200 events) and is compacted when the last
     * connection closes (to under 1 MB).
     *
     * H2 applies WRITE_DELAY from the URL of whichever connection opens the database, and does
     * not restore it from the file. The application user must therefore carry it too (if the
     * serving process exits, the remaining clients reconnect and one of them reopens the file
     * as MOP_APP), but H2 also re-issues it as SET WRITE_DELAY, which needs admin rights:
     * IGNORE_UNKNOWN_SETTINGS lets that refusal pass after the open has already used the value
     * (H2 notes each refusal in audit.trace.db).
     *
     * H2 starts the AUTO_SERVER listener with -tcpAllowOthers: it is reachable from the network,
     * guarded by the random key in the lock file and by these users' random passwords.
     */
    private static final String SHARED_SETTINGS = ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    private static final String APP_SETTINGS = SHARED_SETTINGS + ";IGNORE_UNKNOWN_SETTINGS=TRUE";

    private final AuditLocation location;
    private final AuditCredentials credentials;

    AuditConnector(AuditLocation location, AuditCredentials credentials) {
        this.location = location;
        this.credentials = credentials;
    }

    /** As the owner, who creates the file if {@code create} and it does not exist. */
    Connection asAdmin(boolean create) {
        return connect(AuditCredentials.ADMIN_USER, credentials.adminPassword(),
                create ? SHARED_SETTINGS : SHARED_SETTINGS + ";IFEXISTS=TRUE");
    }

    /** As MOP_APP: SELECT and INSERT on the audit tables, nothing else. Never creates a file. */
    Connection asApplication() {
        return connect(AuditCredentials.APP_USER, credentials.appPassword(), APP_SETTINGS + ";IFEXISTS=TRUE");
    }

    private String url(String settings) {
        return "jdbc:h2:file:" + location.base() + settings;
    }

    private Connection connect(String user, String password, String settings) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(settings));
        source.setUser(user);
        source.setPassword(password);
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw new AuditStoreException(explain(e), e);
        }
    }

    private String explain(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.WRONG_USER_OR_PASSWORD ->
                    "Cannot open audit database " + location + ": the passwords in " + location.credentialsFile()
                            + " do not belong to it (was it copied without its credentials file?).";
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.LOCK_TIMEOUT_1 ->
                    "Cannot open audit database " + location + ": another program holds it locked. "
                            + "Close that program and try again.";
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    "No audit database at " + location + ".";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                    ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.GENERAL_ERROR_1 ->
                    "Cannot open audit database " + location + ": the file is damaged or is not an H2 database.";
            default -> "Cannot open audit database " + location + ": " + firstLine(e.getMessage());
        };
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        // H2 appends "[errorCode-build]" and "; SQL statement:", which mean nothing to a reader.
        return line.replaceAll("\\s*\\[\\d+-\\d+]$", "").replaceAll(";\\s*SQL statement:?$", "").trim();
    }
}
