package io.mopstudio.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where one audit database lives: H2's base path (no extension), the {@code .mv.db} file H2 keeps
 * under it, and the credentials file beside it.
 */
record AuditLocation(Path base) {

    static final String DATA_SUFFIX = ".mv.db";
    static final String CREDENTIALS_FILE_NAME = "audit-admin.properties";
    static final String DEFAULT_NAME = "audit";

    /** Every MVStore file starts with this text header; anything else is not one of ours. */
    private static final String H2_HEADER = "H:2,";

    /**
     * Reads what a person typed: a base path, the {@code .mv.db} file itself, or a directory
     * (meaning the database called {@code audit} inside it).
     */
    static AuditLocation of(Path location) {
        Path absolute = location.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new AuditStoreException(location + " cannot hold an audit database: give a file path.");
        }
        if (absolute.toString().contains(";")) {
            // H2 reads ';' in a JDBC URL as the start of a setting.
            throw new AuditStoreException(location + " cannot hold an audit database: the path contains ';'.");
        }
        if (Files.isDirectory(absolute)) {
            return new AuditLocation(absolute.resolve(DEFAULT_NAME));
        }
        String name = absolute.getFileName().toString();
        if (name.endsWith(DATA_SUFFIX) && name.length() > DATA_SUFFIX.length()) {
            return new AuditLocation(absolute.resolveSibling(name.substring(0, name.length() - DATA_SUFFIX.length())));
        }
        return new AuditLocation(absolute);
    }

    Path dataFile() {
        return base.resolveSibling(base.getFileName() + DATA_SUFFIX);
    }

    Path credentialsFile() {
        return base.resolveSibling(CREDENTIALS_FILE_NAME);
    }

    boolean exists() {
        return Files.isRegularFile(dataFile());
    }

    /**
     * Refuses, with a plain message, a location that H2 would misread: a stray file at the base
     * path, or a data file that is not an H2 store (H2 would otherwise fail with an IO trace, or
     * treat an empty file as a new database).
     */
    void checkPlausible() {
        if (Files.isRegularFile(base)) {
            throw new AuditStoreException(base + " is not an audit database (an audit database is a "
                    + DATA_SUFFIX + " file; give its path, or its path without the extension).");
        }
        if (exists() && !hasH2Header()) {
            throw new AuditStoreException(dataFile() + " is not an audit database: it is not an H2 database file.");
        }
    }

    private boolean hasH2Header() {
        byte[] expected = H2_HEADER.getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(dataFile())) {
            byte[] start = in.readNBytes(expected.length);
            return Arrays.equals(start, expected);
        } catch (IOException e) {
            throw new AuditStoreException("Cannot read " + dataFile() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return dataFile().toString();
    }
}
