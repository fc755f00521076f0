package io.mopstudio.audit;

import java.nio.file.Path;
import java.util.Objects;

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

    /** Whether {@code text} names a server rather than a file. */
    static boolean isServerUrl(String text) {
        return text.strip().startsWith(POSTGRESQL_PREFIX);
    }
}
