package io.mopstudio.environment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A target such as {@code orders-db.replica} or {@code orders-db/health}, resolved through the
 * inventory: the entry's fields plus {@code name} (as written), {@code resource} (the inventory key),
 * {@code component} (what followed it) and {@code href} (url, then "/" and the component if any), and
 * the connection fields of {@link ConnectionDefaults} where the entry does not set them.
 */
public record ResolvedResource(String name, String resource, String component, Map<String, Object> entry) {

    public Map<String, Object> asTemplateValue() {
        Map<String, Object> out = ConnectionDefaults.forResource(resource);
        out.putAll(entry);
        out.put("name", name);
        out.put("resource", resource);
        out.put("component", component);
        Object url = entry.getOrDefault("url", "");
        out.put("href", component.isEmpty() ? url : stripSlash(String.valueOf(url)) + "/" + component);
        return out;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
