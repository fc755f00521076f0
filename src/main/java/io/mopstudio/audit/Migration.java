package io.mopstudio.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema script ({@code V<n>__<what>.sql}). Statements end with ';' at the end of a
 * line; lines starting with "--" are comments. A PostgreSQL function body between {@code $$} lines
 * is one statement whatever it holds. That is all the parsing the scripts need, so keep semicolons
 * out of string literals at the end of a line.
 */
record Migration(int version, String name, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");

    Migration {
        Objects.requireNonNull(name);
        Objects.requireNonNull(sql);
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + name);
        }
    }

    /** An H2 script shipped in {@code src/main/resources/audit/migrations}. */
    static Migration fromResource(String name) {
        return fromResource(AuditDialect.H2, name);
    }

    /** A script shipped for {@code dialect} (see {@link AuditDialect#migrationsDirectory()}). */
    static Migration fromResource(AuditDialect dialect, String name) {
        String resource = dialect.migrationsDirectory() + name;
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a migration script name: " + name);
        }
        try (InputStream in = Migration.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            return new Migration(Integer.parseInt(matcher.group(1)), name,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inBody = false;
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (trimmed.startsWith("--") && !inBody)) {
                continue;
            }
            current.append(trimmed).append('\n');
            if (trimmed.split("\\$\\$", -1).length % 2 == 0) {
                inBody = !inBody;
            }
            if (!inBody && trimmed.endsWith(";")) {
                statements.add(current.substring(0, current.lastIndexOf(";")).strip());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
