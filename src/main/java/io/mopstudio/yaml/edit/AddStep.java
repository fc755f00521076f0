package io.mopstudio.yaml.edit;

import io.mopstudio.model.GraphKind;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Appends a step, given as YAML ({@code "id: x\naction: y"} or {@code "{id: x, action: y}"}), to a
 * graph, in the graph's own style and spacing; a graph that is not written yet is added at the end.
 */
public record AddStep(GraphKind graph, String stepYaml) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        ValueText step = ValueText.parse(stepYaml);
        if (!(step.parsed() instanceof MappingNode mapping) || NodeLocator.text(mapping, "id").isEmpty()) {
            throw new EditException("a step is a mapping with at least an id and an action");
        }
        String id = NodeLocator.text(mapping, "id").get();
        if (new StepNodes(source).find(id).isPresent()) {
            throw new EditException("there is already a step '" + id + "'");
        }
        if (!(source.root() instanceof MappingNode top)) {
            throw new EditException("the file is not a MOP (its top is not a mapping)");
        }
        Optional<NodeTuple> entry = NodeLocator.entry(top, graph.yamlKey());
        Blocks blocks = new Blocks(source);
        if (entry.isEmpty()) {
            return new Patch(List.of(blocks.addEntry(top, 0, List.of(graph.yamlKey()),
                    ValueText.parse("- " + step.indentedAfterFirst(2, "\n")))));
        }
        if (!(entry.get().getValueNode() instanceof SequenceNode sequence)) {
            throw new EditException(graph.yamlKey() + " is not a list");
        }
        if (sequence.getValue().isEmpty()) {
            // "execution_graph: []" becomes a block list holding the step.
            int keyColumn = source.column(source.start(entry.get().getKeyNode()));
            String lb = source.lineBreak();
            String text = lb + " ".repeat(keyColumn + 2) + "- " + step.indentedAfterFirst(keyColumn + 4, lb);
            return new Patch(List.of(new TextPatch(source.afterColon(entry.get().getKeyNode()), source.end(sequence),
                    text)));
        }
        return new Patch(List.of(blocks.appendItem(sequence, source.end(entry.get().getKeyNode()), step)));
    }
}
