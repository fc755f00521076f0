package io.mopstudio.environment;

import io.mopstudio.model.Params;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An environment's resources by name, each with its connection details (url, host, ...). */
public record Inventory(Map<String, Map<String, Object>> resources) {

    public Inventory {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> copy = (Map<String, Map<String, Object>>) (Map<?, ?>) Params.copy(resources);
        resources = copy;
    }

    public Set<String> names() {
        return resources.keySet();
    }

    /**
     * The longest inventory name that {@code target} starts with, followed by the end, a '.' or a
     * '/'; the longest wins so that {@code orders-db.replica} may itself be an inventory entry.
     */
    public Optional<ResolvedResource> resolve(String target) {
        return resources.keySet().stream()
                .filter(name -> target.equals(name) || target.startsWith(name + ".") || target.startsWith(name + "/"))
                .max(Comparator.comparingInt(String::length))
                .map(name -> new ResolvedResource(target, name,
                        target.length() == name.length() ? "" : target.substring(name.length() + 1),
                        resources.get(name)));
    }
}
