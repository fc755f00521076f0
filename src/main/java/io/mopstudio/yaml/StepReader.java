package io.mopstudio.yaml;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Retries;
import io.mopstudio.model.Step;
import io.mopstudio.model.StepOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the steps of the execution graph and the rollback graph. */
final class StepReader {

    static final Set<String> STEP_KEYS = StepSettings.with(StepSettings.EXECUTION, "id", "action", "params");
    static final Set<String> ROLLBACK_STEP_KEYS = StepSettings.with(StepSettings.ROLLBACK, "id", "action", "params");
    private static final Set<String> RETRY_KEYS = Set.of("max", "delay", "backoff", "total");
    /** The seed's scale of how much an action can hurt, lowest first. */
    static final List<String> BLAST_RADII = List.of("low", "medium", "high", "critical");
    static final Pattern STEP_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private final YamlDocument doc;
    private final List<Problem> problems;

    StepReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    List<Step> steps(List<Node> items, GraphKind kind) {
        List<Step> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap.of(doc, item, "a step of " + kind.yamlKey(), problems).flatMap(fields -> step(fields, kind))
                    .ifPresent(out::add);
        }
        return out;
    }

    private Optional<Step> step(YamlMap unnamed, GraphKind kind) {
        Optional<String> id = unnamed.text("id", true);
        // Once the id is known the step's own errors name it: "step 'reset_pool' of execution_graph is missing ..."
        YamlMap fields = id.map(i -> unnamed.named("step '" + i + "' of " + kind.yamlKey())).orElse(unnamed);
        fields.rejectUnknownKeys(kind == GraphKind.ROLLBACK ? ROLLBACK_STEP_KEYS : STEP_KEYS);
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
        StepOptions options = new StepOptions(
                fields.duration("timeout"),
                fields.node("retries").flatMap(this::retries).orElse(Retries.NONE),
                fields.text("when", false),
                fields.text("description", false).orElse(""),
                fields.choice("blast_radius", BLAST_RADII, "structure.blast_radius"),
                fields.textList("compensates"));
        if (id.isEmpty()) {
            return Optional.empty();
        }
        // A step that has an id but no action yet stays in the graph with an empty action (the missing
        // field is already a problem, so it never runs): the canvas still draws it, its form offers the
        // action to choose, and the steps that depend on it are not told it does not exist.
        return Optional.of(new Step(id.get(), action.orElse(""), params, dependsOn, onFailure, options,
                fields.position()));
    }

    /** {@code retries: 3} is shorthand for {@code retries: {max: 3}}. */
    private Optional<Retries> retries(Node node) {
        if (YamlValues.toValue(node) instanceof Long max) {
            return Optional.of(new Retries(max.intValue(), Duration.ZERO, 1.0));
        }
        return YamlMap.of(doc, node, "retries", problems).map(r -> {
            r.rejectUnknownKeys(RETRY_KEYS);
            int max = r.integer("max").map(Long::intValue).orElse(0);
            Duration delay = r.duration("delay").orElse(Duration.ZERO);
            double backoff = r.number("backoff").orElse(1.0);
            if (backoff < 1.0) {
                problems.add(Problem.error(r.keyPosition("backoff"), "structure.retries",
                        "'backoff' must be 1 or more (1 = the same delay each time, 2 = doubling)"));
            }
            return new Retries(max, delay, Math.max(1.0, backoff), r.duration("total"));
        });
    }

    private Optional<OnFailure> onFailure(YamlMap fields, String value) {
        for (OnFailure option : OnFailure.values()) {
            if (option.yamlName().equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(option);
            }
        }
        problems.add(Problem.error(fields.node("on_failure").map(doc::position).orElse(fields.position()),
                "structure.on_failure", "on_failure must be 'abort', 'rollback' or 'continue', not '" + value + "'"));
        return Optional.empty();
    }
}
