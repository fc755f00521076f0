package io.mopstudio.lab;

import java.time.InstantSource;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lab's databases, one per {@link Scenario}, looked up by resource name. */
final class LabResources {

    private final Map<String, LabResource> byName;

    LabResources(InstantSource clock) {
        Map<String, LabResource> resources = new LinkedHashMap<>();
        Arrays.stream(Scenario.values())
                .forEach(s -> resources.put(s.resourceName(), new LabResource(s, clock)));
        // Never mutated after construction; each LabResource guards its own state.
        this.byName = resources;
    }

    Optional<LabResource> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Names in scenario order, which is the order {@code /lab/info} lists them. */
    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    void resetAll() {
        byName.values().forEach(LabResource::reset);
    }
}
