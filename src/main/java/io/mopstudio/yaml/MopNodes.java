package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The written mapping of each pre-check, check, step and snapshot, found by the position the model
 * records for it, so rules can point at a parameter's own node (or a depends_on entry) rather than at its step.
 */
public final class MopNodes {

    private static final List<String> ITEM_SECTIONS = List.of("pre_checks", "execution_graph", "rollback_graph",
            "snapshots", "validation");

    private final YamlDocument doc;
    private final Map<SourcePosition, MappingNode> items = new HashMap<>();

    private MopNodes(YamlDocument doc) {
        this.doc = doc;
    }

    public static MopNodes of(YamlDocument doc) {
        MopNodes nodes = new MopNodes(doc);
        // Problems here were already reported by the loader, which read the same tree.
        List<Problem> ignored = new ArrayList<>();
        YamlMap.of(doc, doc.root(), "a MOP", ignored).ifPresent(top -> {
            for (String section : ITEM_SECTIONS) {
                top.node(section).ifPresent(nodes::addItems);
            }
        });
        return nodes;
    }

    private void addItems(Node section) {
        Node list = section;
        if (section instanceof MappingNode mapping) {
            // validation: {window, interval, checks: [...]}
            list = new YamlMap(doc, mapping, "validation", new ArrayList<>()).node("checks").orElse(section);
        }
        if (list instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    items.put(doc.position(mapping), mapping);
                }
            }
        }
    }

    /** The MOP's own top-level fields, read without reporting again what the loader reported. */
    public Optional<YamlMap> top() {
        return YamlMap.of(doc, doc.root(), "a MOP", new ArrayList<>());
    }

    /** The fields of the item written at {@code position}, read without reporting again what the loader reported. */
    public Optional<YamlMap> item(SourcePosition position) {
        return Optional.ofNullable(items.get(position)).map(node -> new YamlMap(doc, node, "item", new ArrayList<>()));
    }

    /** The fields of a nested mapping such as {@code params}, if it is one. */
    public Optional<YamlMap> mapping(Node node) {
        return node instanceof MappingNode mapping
                ? Optional.of(new YamlMap(doc, mapping, "params", new ArrayList<>())) : Optional.empty();
    }

    public SourcePosition position(Node node) {
        return doc.position(node);
    }
}
