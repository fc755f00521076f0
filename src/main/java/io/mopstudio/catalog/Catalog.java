package io.mopstudio.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The named actions, checks and snapshots an environment can carry out, by name. */
public record Catalog(String name, String description, Map<String, CatalogEntry> actions,
        Map<String, CatalogEntry> checks, Map<String, CatalogEntry> snapshots) {

    public Catalog {
        actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
        snapshots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(snapshots));
    }

    public Optional<CatalogEntry> action(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    public Optional<CatalogEntry> check(String name) {
        return Optional.ofNullable(checks.get(name));
    }

    public Optional<CatalogEntry> snapshot(String name) {
        return Optional.ofNullable(snapshots.get(name));
    }

    public Set<String> actionNames() {
        return actions.keySet();
    }

    public Set<String> checkNames() {
        return checks.keySet();
    }

    /** This catalog with {@code other}'s entries added where this one has none of that name. */
    public Catalog withFallback(Catalog other) {
        Map<String, CatalogEntry> a = new LinkedHashMap<>(actions);
        Map<String, CatalogEntry> c = new LinkedHashMap<>(checks);
        Map<String, CatalogEntry> s = new LinkedHashMap<>(snapshots);
        other.actions.forEach(a::putIfAbsent);
        other.checks.forEach(c::putIfAbsent);
        other.snapshots.forEach(s::putIfAbsent);
        return new Catalog(name, description, a, c, s);
    }
}
