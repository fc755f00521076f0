package io.mopstudio.yaml;

import io.mopstudio.model.Input;
import io.mopstudio.model.MopExtras;
import io.mopstudio.model.Snapshot;
import io.mopstudio.model.ValidationSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the MOP-wide optional parts: description, inputs, snapshots and validation timing. */
final class ExtrasReader {

    private static final Set<String> INPUT_KEYS = Set.of("name", "type", "required", "description", "pattern",
            "default");
    private static final Set<String> SNAPSHOT_KEYS = Set.of("id", "snapshot", "action", "params", "observe",
            "description");

    private final YamlDocument doc;
    private final List<Problem> problems;

    ExtrasReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    MopExtras read(YamlMap top, ValidationSettings validation) {
        return new MopExtras(top.text("description", false).orElse(""),
                inputs(top.sequence("inputs").orElse(List.of())),
                snapshots(top.sequence("snapshots").orElse(List.of())),
                validation);
    }

    private List<Input> inputs(List<Node> items) {
        List<Input> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Node item : items) {
            YamlMap.of(doc, item, "an input", problems).ifPresent(fields -> {
                fields.rejectUnknownKeys(INPUT_KEYS);
                Optional<String> name = fields.text("name", true);
                String typeName = fields.text("type", false).orElse("string");
                Optional<Input.InputType> type = type(typeName);
                if (type.isEmpty()) {
                    problems.add(Problem.error(fields.keyPosition("type"), "structure.input_type",
                            "input type must be string, integer, number or boolean, not '" + typeName + "'"));
                }
                Optional<String> pattern = fields.text("pattern", false);
                pattern.ifPresent(p -> {
                    try {
                        Pattern.compile(p);
                    } catch (PatternSyntaxException e) {
                        problems.add(Problem.error(fields.keyPosition("pattern"), "structure.input_pattern",
                                "pattern is not a valid regular expression: " + e.getDescription()));
                    }
                });
                name.filter(n -> !names.add(n)).ifPresent(n -> problems.add(Problem.error(fields.position(),
                        "structure.duplicate_input", "input '" + n + "' is declared twice")));
                name.ifPresent(n -> out.add(new Input(n, type.orElse(Input.InputType.STRING),
                        fields.bool("required").orElse(true), fields.text("description", false).orElse(""),
                        pattern, fields.text("default", false), fields.position())));
            });
        }
        return out;
    }

    private static Optional<Input.InputType> type(String name) {
        for (Input.InputType type : Input.InputType.values()) {
            if (type.yamlName().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private List<Snapshot> snapshots(List<Node> items) {
        List<Snapshot> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap.of(doc, item, "a snapshot", problems).ifPresent(fields -> {
                fields.rejectUnknownKeys(SNAPSHOT_KEYS);
                Optional<String> id = fields.text("id", true);
                Optional<String> snapshot = fields.text("snapshot", false);
                Optional<String> action = fields.text("action", false);
                if (snapshot.isPresent() == action.isPresent()) {
                    String which = id.map(i -> "snapshot '" + i + "'").orElse("a snapshot");
                    problems.add(Problem.error(fields.position(), "structure.snapshot_source", snapshot.isPresent()
                            ? which + " names both a catalog 'snapshot:' and a primitive 'action:'; keep one"
                            : which + " has no source yet: choose a catalog 'snapshot:' or a primitive 'action:'"
                                    + " whose output it keeps"));
                }
                Map<String, Object> params = fields.node("params")
                        .flatMap(node -> YamlMap.of(doc, node, "params", problems))
                        .map(p -> p.valuesExcept(Set.of())).orElse(Map.of());
                id.ifPresent(i -> out.add(new Snapshot(i, snapshot, action, params, fields.text("observe", false),
                        fields.position())));
            });
        }
        return out;
    }
}
