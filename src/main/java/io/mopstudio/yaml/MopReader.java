package io.mopstudio.yaml;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Builds the {@link Mop} record from a composed document, collecting every structural problem. */
final class MopReader {

    private static final Set<String> TOP_KEYS = Set.of("mop_id", "name", "version", "category", "description",
            "blast_radius_max", "pre_checks", "execution_graph", "validation", "rollback_graph");
    private static final Set<String> STEP_KEYS = Set.of("id", "action", "params", "depends_on", "on_failure",
            "description");
    private static final Set<String> PRE_CHECK_RESERVED = Set.of("check", "abort_on_fail", "timeout_seconds");
    private static final Set<String> VALIDATION_RESERVED = Set.of("check", "timeout_seconds");
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final YamlDocument doc;
    private final List<Problem> problems;

    MopReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    Optional<Mop> read() {
        Optional<YamlMap> top = YamlMap.of(doc, doc.root(), "a MOP", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = top.get();
        map.rejectUnknownKeys(TOP_KEYS);
        Optional<String> mopId = map.text("mop_id", true);
        Optional<String> name = map.text("name", true);
        Optional<String> version = map.text("version", true);
        Optional<String> category = map.text("category", false);
        Optional<String> blastRadius = map.text("blast_radius_max", false);
        if (map.node("execution_graph").isEmpty()) {
            problems.add(Problem.error(map.position(), "structure.required",
                    "a MOP is missing required field 'execution_graph'"));
        }
        List<PreCheck> preChecks = preChecks(map);
        List<Step> execution = steps(map, GraphKind.EXECUTION);
        List<Check> validation = checks(map, "validation", VALIDATION_RESERVED).stream()
                .map(Map.Entry::getKey).toList();
        List<Step> rollback = steps(map, GraphKind.ROLLBACK);
        if (mopId.isEmpty() || name.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mop(mopId.get(), name.get(), version.get(), category.orElse(""), blastRadius,
                preChecks, execution, validation, rollback, map.position()));
    }

    private List<PreCheck> preChecks(YamlMap map) {
        List<PreCheck> out = new ArrayList<>();
        for (Map.Entry<Check, YamlMap> entry : checks(map, "pre_checks", PRE_CHECK_RESERVED)) {
            boolean abortOnFail = entry.getValue().bool("abort_on_fail").orElse(true);
            out.add(new PreCheck(entry.getKey(), abortOnFail));
        }
        return out;
    }

    private List<Map.Entry<Check, YamlMap>> checks(YamlMap map, String key, Set<String> reserved) {
        List<Map.Entry<Check, YamlMap>> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node item : map.sequence(key).orElse(List.of())) {
            Optional<YamlMap> entry = YamlMap.of(doc, item, "an item of " + key, problems);
            if (entry.isEmpty()) {
                continue;
            }
            YamlMap fields = entry.get();
            Optional<String> name = fields.text("check", true);
            Optional<Duration> timeout = fields.integer("timeout_seconds").map(Duration::ofSeconds);
            if (name.isEmpty()) {
                continue;
            }
            int count = seen.merge(name.get(), 1, Integer::sum);
            String nodeId = count == 1 ? name.get() : name.get() + "#" + count;
            Map<String, Object> params = new LinkedHashMap<>(fields.valuesExcept(reserved));
            // x- keys are the team's own notes, accepted everywhere; they are not the check's parameters.
            params.keySet().removeIf(param -> param.startsWith("x-"));
            Check check = new Check(nodeId, name.get(), params, timeout, fields.position());
            out.add(Map.entry(check, fields));
        }
        return out;
    }

    private List<Step> steps(YamlMap map, GraphKind kind) {
        List<Step> out = new ArrayList<>();
        String graph = kind.yamlKey();
        for (Node item : map.sequence(graph).orElse(List.of())) {
            YamlMap.of(doc, item, "a step of " + graph, problems).flatMap(this::step).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Step> step(YamlMap fields) {
        fields.rejectUnknownKeys(STEP_KEYS);
        Optional<String> id = fields.text("id", true);
        Optional<String> action = fields.text("action", true);
        id.filter(value -> !STEP_ID.matcher(value).matches()).ifPresent(value ->
                problems.add(Problem.error(fields.node("id").map(doc::position).orElse(fields.position()),
                        "structure.step_id", "step id '" + value
                                + "' must start with a letter or '_' and hold only letters, digits, '_' and '-'")));
        Map<String, Object> params = fields.node("params")
                .flatMap(node -> YamlMap.of(doc, node, "params", problems))
                .map(p -> p.valuesExcept(Set.of()))
                .orElse(Map.of());
        List<String> dependsOn = fields.textList("depends_on");
        OnFailure onFailure = fields.text("on_failure", false).flatMap(value -> onFailure(fields, value))
                .orElse(OnFailure.ROLLBACK);
        if (id.isEmpty() || action.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step(id.get(), action.get(), params, dependsOn, onFailure, fields.position()));
    }

    private Optional<OnFailure> onFailure(YamlMap fields, String value) {
        for (OnFailure option : OnFailure.values()) {
            if (option.yamlName().equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(option);
            }
        }
        problems.add(Problem.error(fields.node("on_failure").map(doc::position).orElse(fields.position()),
                "structure.on_failure", "on_failure must be 'abort' or 'rollback', not '" + value + "'"));
        return Optional.empty();
    }
}
