package io.mopstudio.yaml;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Measures what a composed tree becomes once its aliases are expanded. SnakeYAML shares an aliased
 * node rather than copying it, so composing is cheap, but everything that walks the tree afterwards
 * (key checks, value conversion) pays for every expansion: a few dozen aliases nested a dozen deep
 * ("billion laughs") would take minutes or all memory, and an alias inside the collection it names
 * would never end. Both are found here by visiting each distinct node once.
 */
final class AliasExpansion {

    /** How many values aliases may add beyond the nodes actually written; hand-written files need far fewer. */
    static final long MAX_ADDED_VALUES = 100_000;

    /** Why a tree was refused: the node to point at and a plain explanation. */
    record Refusal(Node node, String message) {
    }

    private final Map<Node, Long> expandedSize = new IdentityHashMap<>();
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    private Node firstOversized;

    private AliasExpansion() {
    }

    static Optional<Refusal> check(Node root) {
        AliasExpansion expansion = new AliasExpansion();
        try {
            long expanded = expansion.size(root);
            long added = expanded - expansion.expandedSize.size();
            if (added > MAX_ADDED_VALUES) {
                return Optional.of(new Refusal(expansion.firstOversized,
                        "aliases (*name) expand this value to more than " + MAX_ADDED_VALUES
                                + " values; the file is refused as an alias bomb"));
            }
            return Optional.empty();
        } catch (Loop loop) {
            String name = loop.node.getAnchor() == null ? "an alias" : "the alias *" + loop.node.getAnchor();
            return Optional.of(new Refusal(loop.node, name + " is used inside the list or mapping it names,"
                    + " so the value would never end"));
        }
    }

    private long size(Node node) throws Loop {
        Long known = expandedSize.get(node);
        if (known != null) {
            return known;
        }
        if (inProgress.containsKey(node)) {
            throw new Loop(node);
        }
        inProgress.put(node, Boolean.TRUE);
        long total = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                total = saturatedAdd(total, size(tuple.getKeyNode()));
                total = saturatedAdd(total, size(tuple.getValueNode()));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node child : sequence.getValue()) {
                total = saturatedAdd(total, size(child));
            }
        }
        inProgress.remove(node);
        expandedSize.put(node, total);
        if (firstOversized == null && total > MAX_ADDED_VALUES) {
            firstOversized = node;
        }
        return total;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** Thrown to unwind at once when a node is reached again while it is still being measured. */
    private static final class Loop extends Exception {
        private final transient Node node;

        Loop(Node node) {
            super(null, null, false, false);
            this.node = node;
        }
    }
}
