package io.mopstudio.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The logins for an audit on a server. {@code app} is the everyday user, which needs only the
 * audit_writer role (SELECT and INSERT); {@code admin}, optional, owns the schema and is used only
 * to create or upgrade it and to grant that role. They come from environment variables or from a
 * properties file the user names, never from the command line, where other users of the machine
 * could read them.
 */
public record ServerLogins(Login app, Optional<Login> admin) {

    public static final String USER_VARIABLE = "MOP_AUDIT_USER";
    public static final String PASSWORD_VARIABLE = "MOP_AUDIT_PASSWORD";
    public static final String ADMIN_USER_VARIABLE = "MOP_AUDIT_ADMIN_USER";
    public static final String ADMIN_PASSWORD_VARIABLE = "MOP_AUDIT_ADMIN_PASSWORD";
    public static final String CREDENTIALS_VARIABLE = "MOP_AUDIT_CREDENTIALS";

    /** A plain SQL identifier: the user name goes into a GRANT statement, which cannot take a parameter. */
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** One database user; the password never shows in {@code toString}. */
    public record Login(String user, String password) {
        @Override
        public String toString() {
            return "Login[" + user + ", password hidden]";
        }
    }

    /**
     * Reads the logins from {@code file} when given (else from the file {@code MOP_AUDIT_CREDENTIALS}
     * names, if set), with keys {@code user}, {@code password}, {@code admin.user},
     * {@code admin.password}; otherwise from {@code MOP_AUDIT_USER}, {@code MOP_AUDIT_PASSWORD},
     * {@code MOP_AUDIT_ADMIN_USER} and {@code MOP_AUDIT_ADMIN_PASSWORD}.
     */
    public static ServerLogins from(Map<String, String> environment, Optional<Path> file) {
        Optional<Path> named = file.or(() -> Optional.ofNullable(environment.get(CREDENTIALS_VARIABLE))
                .filter(v -> !v.isBlank()).map(Path::of));
        if (named.isPresent()) {
            Properties properties = read(named.get());
            return of(properties.getProperty("user"), properties.getProperty("password"),
                    properties.getProperty("admin.user"), properties.getProperty("admin.password"),
                    "the keys user and password in " + named.get());
        }
        return of(environment.get(USER_VARIABLE), environment.get(PASSWORD_VARIABLE),
                environment.get(ADMIN_USER_VARIABLE), environment.get(ADMIN_PASSWORD_VARIABLE),
                "the environment variables " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                        + " (or a credentials file: --audit-credentials FILE or " + CREDENTIALS_VARIABLE + ")");
    }

    private static ServerLogins of(String user, String password, String adminUser, String adminPassword,
            String where) {
        if (blank(user) || password == null) {
            throw new AuditStoreException("An audit on PostgreSQL needs a user and password: set " + where + ".");
        }
        checkName(user);
        Optional<Login> admin = Optional.empty();
        if (!blank(adminUser)) {
            checkName(adminUser);
            admin = Optional.of(new Login(adminUser.strip(), adminPassword == null ? "" : adminPassword));
        }
        return new ServerLogins(new Login(user.strip(), password), admin);
    }

    private static void checkName(String user) {
        if (!USER_NAME.matcher(user.strip()).matches()) {
            throw new AuditStoreException("'" + user + "' is not a database user name MOP Studio accepts "
                    + "(letters, digits and _, starting with a letter or _).");
        }
    }

    private static Properties read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AuditStoreException("The audit credentials file " + file + " does not exist.");
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new AuditStoreException("Cannot read the audit credentials file " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
