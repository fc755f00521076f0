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

/**
 * {@code pgbouncer.config}: PgBouncer's running settings from {@code SHOW CONFIG}, as
 * {@code config} (key to value), limited to {@code keys} when given: what a snapshot keeps so a
 * rollback can put it back with {@code pgbouncer.console set:}.
 */
public final class ConfigPrimitive implements Primitive {

    @Override
    public String name() {
        return "pgbouncer.config";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        JdbcTarget target = JdbcTarget.from(name(), reader, true);
        List<String> keys = reader.raw("keys").filter(List.class::isInstance).map(k -> ((List<?>) k).stream()
                .map(String::valueOf).toList()).orElse(List.of());
        return SqlCall.attempt(target, connection -> {
            Map<String, Object> config = new LinkedHashMap<>();
            for (Map<String, Object> row : new AdminConsole(connection).show("CONFIG")) {
                String key = String.valueOf(row.get("key"));
                if (keys.isEmpty() || keys.contains(key)) {
                    config.put(key, row.get("value"));
                }
            }
            List<String> missing = keys.stream().filter(k -> !config.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                return new PrimitiveResult(false, Map.of("config", config), target.where()
                        + ": PgBouncer has no setting " + missing, "unknown setting");
            }
            return new PrimitiveResult(true, Map.of("config", config), target.where() + ": " + config.size()
                    + " setting(s)", config.size() + " settings");
        });
    }
}
