package io.mopstudio.audit;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which audit database to use: a local H2 file (the default, with its own generated users) or a
 * shared PostgreSQL server, named by a {@code jdbc:postgresql:} URL, with logins the user supplies
 * (never in the URL or on the command line: see {@link ServerLogins}).
 */
public sealed interface AuditTarget {

    String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    /** A file audit: its base path, the .mv.db file or a directory, as {@link AuditStore#open(Path)} takes. */
    record File(Path location) implements AuditTarget {
        public File {
            Objects.requireNonNull(location);
        }

        @Override
        public String toString() {
            return location.toString();
        }
    }

    /** An audit on a PostgreSQL server. */
    record Server(String url, ServerLogins logins) implements AuditTarget {
        public Server {
            Objects.requireNonNull(url);
            Objects.requireNonNull(logins);
        }

        @Override
        public String toString() {
            return url;
        }
    }

    /**
     * The audit {@code location} names, as the command line and the window take it: a file path,
     * or a {@code jdbc:postgresql:} URL whose logins come from {@code environment} or the
     * {@code credentials} file (see {@link ServerLogins#from}).
     */
    public static AuditTarget named(String location, Optional<Path> credentials, Map<String, String> environment) {
        if (isServerUrl(location)) {
            return new Server(location.strip(), ServerLogins.from(environment, credentials));
        }
        try {
            return new File(Path.of(location));
        } catch (InvalidPathException e) {
            throw new AuditStoreException("'" + location + "' is not a file path: " + e.getReason() + ".");
        }
    }

    /** Whether {@code text} names a server rather than a file. */
    public static boolean isServerUrl(String text) {
        return text.strip().startsWith(POSTGRESQL_PREFIX);
    }
}
