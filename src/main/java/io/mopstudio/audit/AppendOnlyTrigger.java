package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE on an audit table, for every user including the admin: the
 * second guard behind the application user's SELECT/INSERT-only grants. H2 instantiates it by name
 * from the migration scripts, so the class name is part of the schema; renaming it needs a new
 * migration that recreates the triggers.
 *
 * <p>A trigger does not see TRUNCATE TABLE. What stops TRUNCATE for the application is the grants
 * (TRUNCATE needs DELETE rights); the admin could still truncate, which is why its password stays
 * in an owner-only file and is never used for normal work.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** Set once by H2 before the trigger first fires. */
    private String table = "the audit";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("The audit is append-only: rows of " + table + " cannot be updated or deleted.",
                "42000");
    }
}
