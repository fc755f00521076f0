package io.mopstudio.yaml.edit;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Makes step {@code stepId} wait for {@code dependsOn}: one more item in its depends_on, or a new depends_on line. */
public record AddDependency(String stepId, String dependsOn) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        StepNodes steps = new StepNodes(source);
        StepNodes.WrittenStep step = steps.require(stepId);
        steps.require(dependsOn);
        ValueText item = ValueText.parse(dependsOn);
        Blocks blocks = new Blocks(source);
        Optional<NodeTuple> entry = StepNodes.listEntry(step.mapping(), "depends_on");
        if (entry.isEmpty()) {
            if (NodeLocator.entry(step.mapping(), "depends_on").isPresent()) {
                throw new EditException("depends_on of step '" + stepId + "' is not a list");
            }
            return new Patch(List.of(blocks.addEntry(step.mapping(), 0, List.of("depends_on"),
                    ValueText.parse("[" + dependsOn + "]"))));
        }
        if (StepNodes.scalars(entry.get()).stream().anyMatch(s -> s.getValue().equals(dependsOn))) {
            return Patch.NONE;
        }
        return new Patch(List.of(blocks.appendItem((SequenceNode) entry.get().getValueNode(),
                source.end(entry.get().getKeyNode()), item)));
    }
}
