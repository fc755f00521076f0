package io.mopstudio.yaml.edit;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds a top-level list by its key; for {@code validation: {window, interval, checks}} that is its
 * {@code checks}, so item edits work the same on both ways the format writes validation.
 */
final class TopLists {

    private TopLists() {
    }

    /** The entry whose value is the list, checked to hold item {@code index}. */
    static NodeTuple withItem(SourceText source, String listKey, int index) throws EditException {
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
        return entry.get();
    }
}
