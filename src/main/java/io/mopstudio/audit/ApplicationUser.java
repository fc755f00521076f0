package io.mopstudio.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the least-privileged user the store works as. Its rights come from the AUDIT_WRITER
 * role, which the migration scripts grant SELECT and INSERT on each audit table; the user and its
 * password are made here rather than in a script because the password is a secret of this
 * installation, not part of the schema.
 */
final class ApplicationUser {

    private static final String CREATE_USER = "CREATE USER IF NOT EXISTS " + AuditCredentials.APP_USER + " PASSWORD ?";
    private static final String GRANT_ROLE = "GRANT AUDIT_WRITER TO " + AuditCredentials.APP_USER;

    private ApplicationUser() {
    }

    static void ensure(Connection admin, AuditCredentials credentials) throws SQLException {
        try (PreparedStatement create = admin.prepareStatement(CREATE_USER)) {
            create.setString(1, credentials.appPassword());
            create.execute();
        }
        try (Statement grant = admin.createStatement()) {
            grant.execute(GRANT_ROLE);
        }
    }
}
