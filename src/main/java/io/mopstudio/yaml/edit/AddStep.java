package io.mopstudio.yaml.edit;

import io.mopstudio.model.GraphKind;
import org.yaml.snakeyaml.nodes.MappingNode;

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
        return new AddItem(graph.yamlKey(), stepYaml).plan(source);
    }
}
