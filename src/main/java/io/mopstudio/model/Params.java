package io.mopstudio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, ordered, unmodifiable copies of parameter values as YAML gives them: strings, numbers,
 * booleans, lists and maps. Null is kept as a value an author may write explicitly.
 */
public final class Params {

    private Params() {
    }

    public static Map<String, Object> copy(Map<String, ?> source) {
        Map<String, Object> out = new LinkedHashMap<>();
        source.forEach((key, value) -> out.put(key, copyValue(value)));
        return Collections.unmodifiableMap(out);
    }

    public static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), copyValue(v)));
            return Collections.unmodifiableMap(out);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copyValue(v)));
            return Collections.unmodifiableList(out);
        }
        return value;
    }
}
