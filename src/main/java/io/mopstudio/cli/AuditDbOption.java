package io.mopstudio.cli;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.AuditTarget;
import io.mopstudio.audit.ServerLogins;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --audit-db} option (and its server logins), mixed into every command that records or reads the audit. */
public final class AuditDbOption {

    @Option(names = "--audit-db", paramLabel = "PATH|URL",
            description = {"Audit database: its path without .mv.db (or the .mv.db file, or a directory "
                    + "holding 'audit'), or a jdbc:postgresql://HOST:PORT/DB URL. Default: ${DEFAULT-VALUE}",
                    "On PostgreSQL the logins come from " + ServerLogins.USER_VARIABLE + "/"
                            + ServerLogins.PASSWORD_VARIABLE + " (and " + ServerLogins.ADMIN_USER_VARIABLE + "/"
                            + ServerLogins.ADMIN_PASSWORD_VARIABLE + " to create or upgrade the schema) or from"
                            + " --audit-credentials."})
    private String location = AuditStore.defaultLocation().toString();

    @Option(names = "--audit-credentials", paramLabel = "FILE",
            description = "For a PostgreSQL audit: a properties file with user, password and optionally "
                    + "admin.user, admin.password (also " + ServerLogins.CREDENTIALS_VARIABLE + ").")
    private Path credentials;

    /** The audit named; reads the server logins when it is a URL. */
    public AuditTarget target() {
        return AuditTarget.named(location, Optional.ofNullable(credentials), System.getenv());
    }

    /** The location as given, a path or URL, and the credentials file, for the window to open the same way. */
    public String named() {
        return location;
    }

    public Optional<Path> credentials() {
        return Optional.ofNullable(credentials);
    }

    /** A file audit's location; refuses a server URL, for the commands that only work on files. */
    public Path location() {
        if (isServer()) {
            throw new AuditStoreException("This command works on an audit file, not on " + location + ".");
        }
        try {
            return Path.of(location);
        } catch (InvalidPathException e) {
            throw new AuditStoreException("'" + location + "' is not a file path: " + e.getReason() + ".");
        }
    }

    public boolean isServer() {
        return location.strip().startsWith(AuditTarget.POSTGRESQL_PREFIX);
    }

    public AuditStore open() {
        return AuditStore.open(target());
    }

    public AuditStore openExisting() {
        return AuditStore.openExisting(target());
    }
}
