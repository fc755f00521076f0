package io.mopstudio.providers.sql;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of a result as mappings of plain values (whole numbers, decimals, text, booleans), at most {@code limit}. */
public final class ResultRows {

    private ResultRows() {
    }

    public record Read(List<Map<String, Object>> rows, boolean truncated) {
    }

    public static Read read(ResultSet results, int limit) throws SQLException {
        ResultSetMetaData meta = results.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (results.next()) {
            if (rows.size() == limit) {
                return new Read(rows, true);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                row.put(meta.getColumnLabel(i), plain(results.getObject(i)));
            }
            rows.add(row);
        }
        return new Read(rows, false);
    }

    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigDecimal d) {
            return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValue() : d.doubleValue();
        }
        return String.valueOf(value);
    }

    /** For every column holding numbers, the largest value among {@code rows}. */
    public static Map<String, Object> maxima(List<Map<String, Object>> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            row.forEach((column, value) -> {
                if (value instanceof Number n) {
                    Object current = out.get(column);
                    if (!(current instanceof Number c) || n.doubleValue() > c.doubleValue()) {
                        out.put(column, value);
                    }
                }
            });
        }
        return out;
    }
}
