package io.mopstudio.audit;

/**
 * The databases an audit can live in. Each has its own copy of every migration script (the same
 * tables, grants and append-only triggers, in its own SQL); everything else is shared JDBC.
 */
enum AuditDialect {
    /** A local file, the default: {@code src/main/resources/audit/migrations}. */
    H2("/audit/migrations/"),
    /** A shared server a team records into: {@code src/main/resources/audit/migrations/postgresql}. */
    POSTGRESQL("/audit/migrations/postgresql/");

    private final String migrationsDirectory;

    AuditDialect(String migrationsDirectory) {
        this.migrationsDirectory = migrationsDirectory;
    }

    String migrationsDirectory() {
        return migrationsDirectory;
    }
}
