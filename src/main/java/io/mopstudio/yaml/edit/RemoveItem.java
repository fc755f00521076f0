package io.mopstudio.yaml.edit;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Removes item {@code index} (0-based) of a top-level list such as pre_checks or validation, with its lines. */
public record RemoveItem(String listKey, int index) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        if (!(source.root() instanceof MappingNode top)) {
            throw new EditException("the file is not a MOP (its top is not a mapping)");
        }
        Optional<NodeTuple> entry = NodeLocator.entry(top, listKey);
        if (entry.isPresent() && entry.get().getValueNode() instanceof MappingNode mapping) {
            entry = NodeLocator.entry(mapping, "checks");
        }
        if (entry.isEmpty() || !(entry.get().getValueNode() instanceof SequenceNode sequence)
                || index < 0 || index >= sequence.getValue().size()) {
            throw new EditException(listKey + " has no item " + (index + 1));
        }
        return new Patch(new Blocks(source).removeItem(entry.get(), index, false));
    }
}
