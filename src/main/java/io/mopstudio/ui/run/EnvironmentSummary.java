package io.mopstudio.ui.run;

import io.mopstudio.environment.Environment;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Run dialog tells about an environment before anything runs: whether it is the demo
 * lab, its description, its resources with what each one is, or why it cannot be loaded.
 */
public record EnvironmentSummary(boolean demo, String description, List<Resource> resources, Optional<String> problem) {

    /** An inventory entry and its {@code description} field (empty when it has none). */
    public record Resource(String name, String description) {
    }

    public EnvironmentSummary {
        resources = List.copyOf(resources);
    }

    static final EnvironmentSummary NONE = new EnvironmentSummary(false, "", List.of(), Optional.empty());

    static EnvironmentSummary of(LoadResult<Environment> loaded) {
        if (loaded.valid().isEmpty()) {
            String problems = String.join("\n", loaded.problems().stream().map(Problem::toString).toList());
            return new EnvironmentSummary(false, "", List.of(), Optional.of(problems));
        }
        Environment env = loaded.valid().get();
        List<Resource> resources = env.inventory().resources().entrySet().stream()
                .map(e -> new Resource(e.getKey(), description(e.getValue()))).toList();
        return new EnvironmentSummary(env.demo(), env.description(), resources, Optional.empty());
    }

    private static String description(Map<String, Object> entry) {
        Object text = entry.get("description");
        return text == null ? "" : String.valueOf(text);
    }
}
