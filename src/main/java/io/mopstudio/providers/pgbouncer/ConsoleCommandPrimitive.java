package io.mopstudio.providers.pgbouncer;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.sql.JdbcTarget;
import io.mopstudio.providers.sql.SqlCall;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code pgbouncer.console}: changes a pool through PgBouncer's admin console: first each
 * {@code set} entry ({@code SET key = 'value'}), then each of {@code commands} for
 * {@code database}: PAUSE (waits until in-flight transactions end; bounded by {@code timeout}),
 * RESUME, RECONNECT, RELOAD. PAUSE of a paused and RESUME of a running database are already done,
 * not errors, so a retried step or a rollback after a restart does no harm.
 */
public final class ConsoleCommandPrimitive implements Primitive {

    private static final Set<String> COMMANDS = Set.of("PAUSE", "RESUME", "RECONNECT", "RELOAD");

    @Override
    public String name() {
        return "pgbouncer.console";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        JdbcTarget target = JdbcTarget.from(name(), reader, true);
        String database = ConsoleNames.database(name(), reader.requiredText("database"));
        List<String> setCommands = new ArrayList<>();
        for (Map.Entry<?, ?> setting : reader.map("set").entrySet()) {
            String key = ConsoleNames.setting(name(), String.valueOf(setting.getKey()));
            setCommands.add("SET " + key + " = " + ConsoleNames.value(name(), key, setting.getValue()));
        }
        List<String> commands = commands(params.get("commands"));
        return SqlCall.attempt(target, connection -> {
            AdminConsole console = new AdminConsole(connection);
            List<String> done = new ArrayList<>();
            for (String set : setCommands) {
                console.execute(set);
                done.add(set);
            }
            for (String command : commands) {
                done.add(run(console, command, database));
            }
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("done", done);
            return new PrimitiveResult(true, output, target.where() + ": " + String.join("; ", done), "done");
        });
    }

    private static String run(AdminConsole console, String command, String database) throws SQLException {
        if (command.equals("RELOAD")) {
            console.execute("RELOAD");
            return "RELOAD";
        }
        boolean paused = console.database(database).map(AdminConsole::paused).orElse(false);
        if (command.equals("PAUSE") && paused) {
            return "PAUSE " + database + " (already paused)";
        }
        if (command.equals("RESUME") && !paused) {
            return "RESUME " + database + " (not paused)";
        }
        console.execute(command + " " + database);
        return command + " " + database;
    }

    private List<String> commands(Object value) throws PrimitiveException {
        List<String> out = new ArrayList<>();
        if (value == null || "".equals(value)) {
            return out;
        }
        List<?> items = value instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            String command = String.valueOf(item).trim().toUpperCase(Locale.ROOT);
            if (!COMMANDS.contains(command)) {
                throw new PrimitiveException(name() + ": command '" + item + "' is not one of "
                        + new java.util.TreeSet<>(COMMANDS));
            }
            out.add(command);
        }
        return out;
    }
}
