package io.mopstudio.providers.pgbouncer;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.sql.JdbcTarget;
import io.mopstudio.providers.sql.SqlCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pgbouncer.pool_status}: how one database's pool stands, from PgBouncer's admin console
 * ({@code SHOW DATABASES}, {@code SHOW POOLS}). Output: {@code state} (paused; degraded when the
 * oldest waiting client has waited {@code degraded_wait_ms} or longer; else healthy),
 * {@code maxwait_ms} (PgBouncer's maxwait + maxwait_us), client and server counts summed over the
 * database's pools, {@code pool_size} and {@code paused}. A database PgBouncer does not know fails.
 */
public final class PoolStatusPrimitive implements Primitive {

    @Override
    public String name() {
        return "pgbouncer.pool_status";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        JdbcTarget target = JdbcTarget.from(name(), reader, true);
        String database = ConsoleNames.database(name(), reader.requiredText("database"));
        double degradedMs = reader.number("degraded_wait_ms", 50);
        return SqlCall.attempt(target, connection -> {
            AdminConsole console = new AdminConsole(connection);
            Optional<Map<String, Object>> row = console.database(database);
            if (row.isEmpty()) {
                return new PrimitiveResult(false, Map.of("error", "unknown database"), target.where()
                        + ": PgBouncer has no database '" + database + "'", "no such database");
            }
            Map<String, Object> out = summarise(database, row.get(), console.show("POOLS"), degradedMs);
            return new PrimitiveResult(true, out, target.where() + ": " + database + " " + out.get("state")
                    + ", " + out.get("cl_waiting") + " client(s) waiting, longest " + out.get("maxwait_ms") + " ms",
                    String.valueOf(out.get("state")));
        });
    }

    private static Map<String, Object> summarise(String database, Map<String, Object> databaseRow,
            List<Map<String, Object>> pools, double degradedMs) {
        long clActive = 0;
        long clWaiting = 0;
        long svActive = 0;
        long svIdle = 0;
        double maxwaitMs = 0;
        for (Map<String, Object> pool : pools) {
            if (!database.equals(pool.get("database"))) {
                continue;
            }
            clActive += number(pool.get("cl_active"));
            clWaiting += number(pool.get("cl_waiting"));
            svActive += number(pool.get("sv_active"));
            svIdle += number(pool.get("sv_idle"));
            // PgBouncer splits the wait into whole seconds and the microseconds beyond them.
            maxwaitMs = Math.max(maxwaitMs, number(pool.get("maxwait")) * 1000.0 + number(pool.get("maxwait_us")) / 1000.0);
        }
        boolean paused = AdminConsole.paused(databaseRow);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", database);
        out.put("state", paused ? "paused" : maxwaitMs >= degradedMs && clWaiting > 0 ? "degraded" : "healthy");
        out.put("maxwait_ms", Math.round(maxwaitMs * 10) / 10.0);
        out.put("cl_active", clActive);
        out.put("cl_waiting", clWaiting);
        out.put("sv_active", svActive);
        out.put("sv_idle", svIdle);
        out.put("pool_size", number(databaseRow.get("pool_size")));
        out.put("paused", paused);
        return out;
    }

    private static long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return Long.parseLong(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
