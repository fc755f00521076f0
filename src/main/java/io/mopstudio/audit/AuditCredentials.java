package io.mopstudio.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The two database passwords of an audit file: the admin that owns the schema and the
 * application user that may only read and append. Generated on first open and kept in
 * {@code audit-admin.properties} beside the database, readable by its owner only.
 */
record AuditCredentials(String adminPassword, String appPassword) {

    static final String ADMIN_USER = "MOP_ADMIN";
    static final String APP_USER = "MOP_APP";

    private static final String ADMIN_KEY = "admin.password";
    private static final String APP_KEY = "app.password";
    private static final int PASSWORD_BYTES = 24;

    @Override
    public String toString() {
        return "AuditCredentials[passwords hidden]";
    }

    /** The credentials of an existing database; without them the file cannot be opened. */
    static AuditCredentials load(AuditLocation location) {
        Path file = location.credentialsFile();
        if (!Files.isRegularFile(file)) {
            throw new AuditStoreException("Cannot open audit database " + location + ": its credentials file "
                    + file + " is missing.");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new AuditStoreException("Cannot read audit credentials " + file + ": " + e.getMessage(), e);
        }
        String admin = properties.getProperty(ADMIN_KEY, "");
        String app = properties.getProperty(APP_KEY, "");
        if (admin.isBlank() || app.isBlank()) {
            throw new AuditStoreException("Audit credentials " + file + " lack " + ADMIN_KEY + " or " + APP_KEY + ".");
        }
        return new AuditCredentials(admin, app);
    }

    /**
     * Credentials for a database about to be created: the ones already beside it (other audit
     * files in the same directory share them), or new random ones written there.
     */
    static AuditCredentials loadOrCreate(AuditLocation location) {
        if (Files.isRegularFile(location.credentialsFile())) {
            return load(location);
        }
        AuditCredentials created = new AuditCredentials(randomPassword(), randomPassword());
        created.write(location.credentialsFile());
        return load(location);
    }

    private void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("admin.user", ADMIN_USER);
        properties.setProperty(ADMIN_KEY, adminPassword);
        properties.setProperty("app.user", APP_USER);
        properties.setProperty(APP_KEY, appPassword);
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            // Created with owner-only permissions from the start, so there is no moment when the
            // passwords sit in a world-readable file.
            temporary = Files.createTempFile(file.getParent(), ".audit-admin", ".tmp", ownerOnly(file.getParent()));
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "MOP Studio audit database users. Keep private: the admin may alter the audit.");
            }
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // Another process created the database at the same moment; its passwords win.
            deleteQuietly(temporary);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new AuditStoreException("Cannot write audit credentials " + file + ": " + e.getMessage(), e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover temporary file; the credentials themselves are intact.
        }
    }

    /** URL-safe Base64, so a password never needs quoting anywhere. */
    private static String randomPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
