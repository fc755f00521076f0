package io.mopstudio.yaml.edit;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Step {@code stepId} no longer waits for {@code dependsOn}; a depends_on left empty goes with its line. */
public record RemoveDependency(String stepId, String dependsOn) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        StepNodes.WrittenStep step = new StepNodes(source).require(stepId);
        Optional<NodeTuple> entry = StepNodes.listEntry(step.mapping(), "depends_on");
        if (entry.isEmpty()) {
            return Patch.NONE;
        }
        List<ScalarNode> items = StepNodes.scalars(entry.get());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getValue().equals(dependsOn)) {
                return new Patch(new Blocks(source).removeItem(entry.get(), i, true));
            }
        }
        return Patch.NONE;
    }
}
