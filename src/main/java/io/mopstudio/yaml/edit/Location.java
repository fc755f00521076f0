package io.mopstudio.yaml.edit;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Where a path leads: an existing node, or the mapping that lacks the remaining keys. */
sealed interface Location {

    /**
     * A written node; {@code entry} when it is a mapping value, and {@code notBefore} the offset it
     * must start at or after to be written here (not an alias of something earlier).
     */
    record Found(Node node, Optional<NodeTuple> entry, int notBefore) implements Location {
    }

    /** The keys (outermost first) that do not exist yet under {@code parent}. */
    record Missing(MappingNode parent, List<String> keys) implements Location {
    }
}
