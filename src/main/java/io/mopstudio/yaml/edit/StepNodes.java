package io.mopstudio.yaml.edit;

import io.mopstudio.model.GraphKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The written steps of both graphs, for edits that work on steps by id. */
final class StepNodes {

    /** One step as written: its graph, the graph's entry, its index there and its mapping. */
    record WrittenStep(GraphKind graph, NodeTuple graphEntry, int index, MappingNode mapping) {

        String id() {
            return NodeLocator.text(mapping, "id").orElse("");
        }
    }

    private final List<WrittenStep> steps = new ArrayList<>();

    StepNodes(SourceText source) {
        if (!(source.root() instanceof MappingNode top)) {
            return;
        }
        for (GraphKind graph : GraphKind.values()) {
            NodeLocator.entry(top, graph.yamlKey()).ifPresent(entry -> {
                if (entry.getValueNode() instanceof SequenceNode sequence) {
                    List<Node> items = sequence.getValue();
                    for (int i = 0; i < items.size(); i++) {
                        if (items.get(i) instanceof MappingNode mapping) {
                            steps.add(new WrittenStep(graph, entry, i, mapping));
                        }
                    }
                }
            });
        }
    }

    List<WrittenStep> all() {
        return steps;
    }

    Optional<WrittenStep> find(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    WrittenStep require(String id) throws EditException {
        Optional<WrittenStep> step = find(id);
        if (step.isEmpty()) {
            throw new EditException("no step '" + id + "' (steps: "
                    + String.join(", ", steps.stream().map(WrittenStep::id).toList()) + ")");
        }
        return step.get();
    }

    /** The scalar items of a step's list field such as depends_on, with the field's entry. */
    static Optional<NodeTuple> listEntry(MappingNode step, String key) {
        return NodeLocator.entry(step, key).filter(e -> e.getValueNode() instanceof SequenceNode);
    }

    static List<ScalarNode> scalars(NodeTuple listEntry) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node item : ((SequenceNode) listEntry.getValueNode()).getValue()) {
            if (item instanceof ScalarNode scalar) {
                out.add(scalar);
            }
        }
        return out;
    }
}
