package io.mopstudio.yaml;

import io.mopstudio.model.Check;
import io.mopstudio.model.PreCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads pre-checks and validation checks. As in the seed, a check's parameters sit beside
 * {@code check:}; the few reserved keys around them are the check's own settings.
 */
public final class CheckReader {

    public static final Set<String> PRE_CHECK_RESERVED = Set.of("check", "abort_on_fail", "timeout_seconds", "description");
    public static final Set<String> VALIDATION_RESERVED = Set.of("check", "timeout_seconds", "description");

    private final YamlDocument doc;
    private final List<Problem> problems;

    CheckReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    List<PreCheck> preChecks(List<Node> items) {
        List<PreCheck> out = new ArrayList<>();
        for (Map.Entry<Check, YamlMap> entry : checks(items, "pre_checks", PRE_CHECK_RESERVED)) {
            boolean abortOnFail = entry.getValue().bool("abort_on_fail").orElse(true);
            out.add(new PreCheck(entry.getKey(), abortOnFail));
        }
        return out;
    }

    List<Check> validationChecks(List<Node> items) {
        return checks(items, "validation", VALIDATION_RESERVED).stream().map(Map.Entry::getKey).toList();
    }

    private List<Map.Entry<Check, YamlMap>> checks(List<Node> items, String section, Set<String> reserved) {
        List<Map.Entry<Check, YamlMap>> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : items) {
            Optional<YamlMap> entry = YamlMap.of(doc, item, "an item of " + section, problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap unnamed = entry.get();
            Optional<String> name = unnamed.text("check", true);
            YamlMap fields = name.map(n -> unnamed.named((section.equals("pre_checks") ? "pre-check '"
                    : "validation check '") + n + "'")).orElse(unnamed);
            Optional<Duration> timeout = fields.integer("timeout_seconds").map(Duration::ofSeconds);
            fields.text("description", false);
            if (name.isEmpty()) {
                continue;
            }
            int count = seen.merge(name.get(), 1, Integer::sum);
            String nodeId = count == 1 ? name.get() : name.get() + "#" + count;
            Map<String, Object> params = new LinkedHashMap<>(fields.valuesExcept(reserved));
            // x- keys are the team's own notes, accepted everywhere; they are not the check's parameters.
            params.keySet().removeIf(param -> param.startsWith("x-"));
            out.add(Map.entry(new Check(nodeId, name.get(), params, timeout, fields.position()), fields));
        }
        return out;
    }
}
