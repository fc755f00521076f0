package io.mopstudio.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What pre-flight found, in the order found. An incident field left empty is one line however many
 * fields use it, at the place of its first use (MOP-284 without --incident said the same thing nine
 * times); incident fields used whole as a resource are kept to be looked up in the inventory.
 */
final class PreflightFindings {

    private static final int FIELDS_NAMED = 3;

    private final List<Supplier<String>> lines = new ArrayList<>();
    private final Map<String, List<String>> usesOfMissing = new LinkedHashMap<>();
    private final Set<String> incidentResources = new LinkedHashSet<>();

    void add(String line) {
        lines.add(() -> line);
    }

    /** Incident field {@code name} has no value, and {@code use} (a node's parameter) needs it. */
    void missingIncident(String name, String use) {
        usesOfMissing.computeIfAbsent(name, n -> {
            lines.add(() -> neededBy(n, usesOfMissing.get(n)));
            return new ArrayList<>();
        }).add(use);
    }

    /** Incident field {@code name} is a resource parameter's whole value: its value names a resource. */
    void incidentAsResource(String name) {
        incidentResources.add(name);
    }

    Set<String> incidentResources() {
        return incidentResources;
    }

    List<String> lines() {
        return lines.stream().map(Supplier::get).toList();
    }

    private static String neededBy(String name, List<String> uses) {
        String need = "needs incident." + name + " (give it with --incident " + name + "=VALUE)";
        if (uses.size() == 1) {
            return uses.get(0) + ": " + need;
        }
        String named = String.join(", ", uses.subList(0, Math.min(FIELDS_NAMED, uses.size())));
        int more = uses.size() - FIELDS_NAMED;
        return need + "; used by " + uses.size() + " fields: " + named + (more > 0 ? " and " + more + " more" : "");
    }
}
