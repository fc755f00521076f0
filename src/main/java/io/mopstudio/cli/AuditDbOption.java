package io.mopstudio.cli;

import io.mopstudio.audit.AuditStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --audit-db} option, mixed into every command that records or reads the audit. */
public final class AuditDbOption {

    @Option(names = "--audit-db", paramLabel = "PATH",
            description = "Audit database: its path without .mv.db (or the .mv.db file, or a directory "
                    + "holding 'audit'). Default: ${DEFAULT-VALUE}")
    private Path location = AuditStore.defaultLocation();

    public Path location() {
        return location;
    }
}
