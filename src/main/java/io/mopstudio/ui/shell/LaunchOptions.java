package io.mopstudio.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the window is started with, carried through {@code Application.launch}'s string arguments
 * as {@code --mop=PATH} and {@code --audit-db=PATH}.
 */
record LaunchOptions(Optional<Path> mopFile, Path auditDb) {

    private static final String MOP = "mop";
    private static final String AUDIT_DB = "audit-db";

    String[] toArgs() {
        List<String> args = new ArrayList<>();
        mopFile.ifPresent(file -> args.add("--" + MOP + "=" + file));
        args.add("--" + AUDIT_DB + "=" + auditDb);
        return args.toArray(String[]::new);
    }

    /** Reads {@code Application.getParameters().getNamed()}; with no audit db named, the default one. */
    static LaunchOptions parse(Map<String, String> named, Path defaultAuditDb) {
        return new LaunchOptions(Optional.ofNullable(named.get(MOP)).filter(s -> !s.isBlank()).map(Path::of),
                Optional.ofNullable(named.get(AUDIT_DB)).filter(s -> !s.isBlank()).map(Path::of)
                        .orElse(defaultAuditDb));
    }
}
