package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Removes a step with its lines, and its id from every depends_on and compensates list, so no
 * reference is left dangling. Templates that read its outputs are left for validation to name.
 */
public record RemoveStep(String stepId) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        StepNodes steps = new StepNodes(source);
        StepNodes.WrittenStep step = steps.require(stepId);
        Blocks blocks = new Blocks(source);
        List<TextPatch> patches = new ArrayList<>(blocks.removeItem(step.graphEntry(), step.index(), false));
        for (StepNodes.WrittenStep other : steps.all()) {
            if (other == step) {
                continue;
            }
            for (String key : List.of("depends_on", "compensates")) {
                StepNodes.listEntry(other.mapping(), key).ifPresent(entry -> removeReference(blocks, entry, patches));
            }
        }
        return new Patch(patches);
    }

    private void removeReference(Blocks blocks, NodeTuple entry, List<TextPatch> patches) {
        List<ScalarNode> items = StepNodes.scalars(entry);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).getValue().equals(stepId)) {
                patches.addAll(blocks.removeItem(entry, i, true));
                return;
            }
        }
    }
}
