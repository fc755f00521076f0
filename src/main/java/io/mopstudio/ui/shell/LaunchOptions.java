package io.mopstudio.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window is started with, carried through {@code Application.launch}'s string arguments
 * as {@code --mop=PATH}, {@code --audit-db=PATH|URL} and {@code --audit-credentials=PATH}: the
 * audit as the command line names it, a file or a {@code jdbc:postgresql:} URL.
 */
record LaunchOptions(Optional<Path> mopFile, String auditDb, Optional<Path> auditCredentials) {

    private static final String MOP = "mop";
    private static final String AUDIT_DB = "audit-db";
    private static final String CREDENTIALS = "audit-credentials";
    private static final String SETTINGS_DIR = "settings-dir";

    String[] toArgs() {
        List<String> args = new ArrayList<>();
        mopFile.ifPresent(file -> args.add("--" + MOP + "=" + file));
        args.add("--" + AUDIT_DB + "=" + auditDb);
        auditCredentials.ifPresent(file -> args.add("--" + CREDENTIALS + "=" + file));
        return args.toArray(String[]::new);
    }

    /** Reads {@code Application.getParameters().getNamed()}; with no audit db named, the default one. */
    static LaunchOptions parse(Map<String, String> named, Path defaultAuditDb) {
        return new LaunchOptions(path(named, MOP), Optional.ofNullable(named.get(AUDIT_DB))
                .filter(s -> !s.isBlank()).orElse(defaultAuditDb.toString()), path(named, CREDENTIALS));
    }

    /**
     * Where recent files and the theme are kept: {@code --settings-dir=PATH} (tests give a temporary
     * one), else {@code defaultDir} ({@code ~/.mop-studio}).
     */
    static Path settingsDir(Map<String, String> named, Path defaultDir) {
        return path(named, SETTINGS_DIR).orElse(defaultDir);
    }

    private static Optional<Path> path(Map<String, String> named, String name) {
        return Optional.ofNullable(named.get(name)).filter(s -> !s.isBlank()).map(Path::of);
    }
}
