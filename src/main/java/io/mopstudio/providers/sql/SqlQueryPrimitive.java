package io.mopstudio.providers.sql;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sql.query}: one SQL statement with bound parameters ({@code ?} placeholders filled from
 * {@code params}, so a value is never SQL). A query's rows are the output ({@code rows},
 * {@code row} the first, {@code row_count}, {@code max} per numeric column); a statement gives
 * {@code update_count}. {@code match} keeps only rows whose columns equal the given values, for
 * results that cannot be filtered in SQL (PgBouncer's {@code SHOW}). Fails on an SQL error, a
 * timeout, or when {@code expect_rows: true} and no row matched.
 */
public final class SqlQueryPrimitive implements Primitive {

    static final int DEFAULT_MAX_ROWS = 1000;

    @Override
    public String name() {
        return "sql.query";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        JdbcTarget target = JdbcTarget.from(name(), reader, false);
        String sql = reader.requiredText("query");
        List<Object> bound = list(params.get("params"));
        Map<?, ?> match = reader.map("match");
        int maxRows = (int) Math.max(1, Math.min(100_000, reader.number("max_rows", DEFAULT_MAX_ROWS)));
        boolean expectRows = reader.bool("expect_rows", false);
        return SqlCall.attempt(target, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < bound.size(); i++) {
                    statement.setObject(i + 1, bound.get(i));
                }
                statement.setQueryTimeout((int) Math.max(1, target.timeout().toSeconds()));
                if (!statement.execute()) {
                    long changed = statement.getUpdateCount();
                    return new PrimitiveResult(true, Map.of("update_count", changed), target.where() + ": "
                            + changed + " row(s) changed", changed + " changed");
                }
                ResultRows.Read read = ResultRows.read(statement.getResultSet(), maxRows);
                List<Map<String, Object>> rows = read.rows().stream().filter(r -> matches(r, match)).toList();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("rows", rows);
                out.put("row_count", (long) rows.size());
                if (!rows.isEmpty()) {
                    out.put("row", rows.get(0));
                }
                out.put("max", ResultRows.maxima(rows));
                out.put("truncated", read.truncated());
                if (expectRows && rows.isEmpty()) {
                    return new PrimitiveResult(false, out, target.where() + ": no row matched", "no rows");
                }
                return new PrimitiveResult(true, out, target.where() + ": " + rows.size() + " row(s)",
                        rows.size() + " row(s)");
            }
        });
    }

    private static boolean matches(Map<String, Object> row, Map<?, ?> match) {
        for (Map.Entry<?, ?> wanted : match.entrySet()) {
            if (!String.valueOf(wanted.getValue()).equals(String.valueOf(row.get(String.valueOf(wanted.getKey()))))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> list(Object value) throws PrimitiveException {
        if (value == null || "".equals(value)) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new PrimitiveException("sql.query: 'params' must be a list of values for the ? placeholders");
        }
        return new ArrayList<>(list);
    }
}
