package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the fields of one YAML mapping, reporting wrong types and missing fields as problems at
 * the offending node rather than throwing.
 */
public final class YamlMap {

    private final YamlDocument doc;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final List<Problem> problems;
    private final String what;

    public YamlMap(YamlDocument doc, MappingNode node, String what, List<Problem> problems) {
        this.doc = doc;
        this.node = node;
        this.what = what;
        this.problems = problems;
        collect(node);
    }

    /**
     * Keys written here first, then those merged in with {@code <<: *anchor} (or a list of anchors,
     * earlier ones winning), as YAML's merge key means: a key written here overrides a merged one.
     */
    private void collect(MappingNode mapping) {
        List<Node> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && Tag.MERGE.equals(key.getTag())) {
                if (tuple.getValueNode() instanceof SequenceNode sources) {
                    merged.addAll(sources.getValue());
                } else {
                    merged.add(tuple.getValueNode());
                }
            } else if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.putIfAbsent(key.getValue(), tuple);
            }
        }
        for (Node source : merged) {
            if (source instanceof MappingNode sourceMapping) {
                collect(sourceMapping);
            }
        }
    }

    /**
     * The same mapping under another name in the problems it reports: once a check's name is read,
     * "pre-check 'no_active_writes'" says where to look better than "an item of pre_checks".
     */
    public YamlMap named(String name) {
        return new YamlMap(doc, (MappingNode) node, name, problems);
    }

    /** The node as a mapping, or a problem saying it should have been one. */
    public static Optional<YamlMap> of(YamlDocument doc, Node node, String what, List<Problem> problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(doc, mapping, what, problems));
        }
        problems.add(Problem.error(doc.position(node), "structure.type",
                what + " must be a mapping of keys to values"));
        return Optional.empty();
    }

    public SourcePosition position() {
        return doc.position(node);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    public SourcePosition keyPosition(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? position() : doc.position(tuple.getKeyNode());
    }

    public Optional<String> text(String key, boolean required) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            if (required) {
                problems.add(Problem.error(position(), "structure.required",
                        what + " is missing required field '" + key + "'"));
            }
            return Optional.empty();
        }
        if (value.get() instanceof ScalarNode scalar && !Tag.NULL.equals(scalar.getTag())) {
            return Optional.of(scalar.getValue());
        }
        problems.add(Problem.error(doc.position(value.get()), "structure.type",
                "'" + key + "' of " + what + " must be text"));
        return Optional.empty();
    }

    /** Text that must be one of {@code allowed} (as written, lower case); anything else is a problem at the value. */
    public Optional<String> choice(String key, List<String> allowed, String rule) {
        Optional<String> value = text(key, false);
        if (value.isPresent() && !allowed.contains(value.get())) {
            String hint = Suggestions.nearest(value.get(), allowed).map(s -> "; did you mean '" + s + "'?").orElse("");
            problems.add(Problem.error(doc.position(node(key).orElseThrow()), rule,
                    "'" + key + "' of " + what + " must be one of " + String.join(", ", allowed) + ", not '"
                            + value.get() + "'" + hint));
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> bool(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (YamlValues.toValue(value.get()) instanceof Boolean b) {
            return Optional.of(b);
        }
        problems.add(Problem.error(doc.position(value.get()), "structure.type",
                "'" + key + "' of " + what + " must be true or false"));
        return Optional.empty();
    }

    public Optional<Long> integer(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (YamlValues.toValue(value.get()) instanceof Long n && n >= 0) {
            return Optional.of(n);
        }
        problems.add(Problem.error(doc.position(value.get()), "structure.type",
                "'" + key + "' of " + what + " must be a whole number of 0 or more"));
        return Optional.empty();
    }

    /** A duration such as {@code 500ms}, {@code 15s}, {@code 2m} or {@code 1h30m}; plain numbers are seconds. */
    public Optional<java.time.Duration> duration(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.time.Duration> parsed = io.mopstudio.model.Durations.parse(YamlValues.toValue(value.get()));
        if (parsed.isEmpty()) {
            problems.add(Problem.error(doc.position(value.get()), "structure.duration",
                    "'" + key + "' of " + what + " must be a duration such as 500ms, 15s, 2m or 1h30m"));
        }
        return parsed;
    }

    /** A number (whole or not) of 0 or more. */
    public Optional<Double> number(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (YamlValues.toValue(value.get()) instanceof Number n && n.doubleValue() >= 0) {
            return Optional.of(n.doubleValue());
        }
        problems.add(Problem.error(doc.position(value.get()), "structure.type",
                "'" + key + "' of " + what + " must be a number of 0 or more"));
        return Optional.empty();
    }

    public YamlDocument document() {
        return doc;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A list of text items; a single scalar is not accepted, to keep depends_on unambiguous. */
    public List<String> textList(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            problems.add(Problem.error(doc.position(value.get()), "structure.type",
                    "'" + key + "' of " + what + " must be a list, e.g. [step_a, step_b]"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar) {
                out.add(scalar.getValue());
            } else {
                problems.add(Problem.error(doc.position(item), "structure.type",
                        "items of '" + key + "' must be text"));
            }
        }
        return out;
    }

    public Optional<List<Node>> sequence(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        if (value.get() instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag())) {
            return Optional.of(List.of());
        }
        problems.add(Problem.error(doc.position(value.get()), "structure.type",
                "'" + key + "' must be a list (items starting with '- ')"));
        return Optional.empty();
    }

    /** Keys not in {@code known} are errors, except {@code x-} keys kept for teams' own metadata. */
    public void rejectUnknownKeys(Set<String> known) {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key) && !key.startsWith("x-")) {
                String hint = Suggestions.nearest(key, known).map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.add(Problem.error(doc.position(entry.getValue().getKeyNode()), "structure.unknown_key",
                        "unknown key '" + key + "' in " + what + hint));
            }
        }
    }

    /** Every entry whose key is not in {@code reserved}, as plain values in written order. */
    public Map<String, Object> valuesExcept(Set<String> reserved) {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            if (!reserved.contains(key)) {
                out.put(key, YamlValues.toValue(tuple.getValueNode()));
            }
        });
        return out;
    }
}
