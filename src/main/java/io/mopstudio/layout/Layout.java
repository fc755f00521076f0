package io.mopstudio.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Node positions kept beside a MOP, never in it: moving a node must not change the file under
 * review. Nodes the layout lacks are placed without moving the ones it has.
 */
public record Layout(List<NodePosition> positions) {

    public static final Layout EMPTY = new Layout(List.of());

    /** Gap between auto-placed nodes, in canvas units. */
    static final double SPACING = 160;

    public Layout {
        Map<NodeKey, NodePosition> unique = new LinkedHashMap<>();
        positions.forEach(p -> unique.put(p.key(), p));
        positions = List.copyOf(unique.values());
    }

    public Optional<NodePosition> position(NodeKey key) {
        return positions.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Only the nodes the MOP still has: a renamed or removed step's old position is dropped. */
    public Layout retain(Set<NodeKey> known) {
        return new Layout(positions.stream().filter(p -> known.contains(p.key())).toList());
    }

    /**
     * Every node of {@code nodes} (in the order the MOP lists them) with a position: known ones
     * where they were, the rest in a column to the right of everything placed, top to bottom.
     */
    public Layout complete(List<NodeKey> nodes) {
        List<NodePosition> out = new ArrayList<>(retain(Set.copyOf(nodes)).positions());
        double column = out.stream().mapToDouble(NodePosition::x).max().stream().map(x -> x + SPACING).findFirst()
                .orElse(0);
        double row = 0;
        for (NodeKey key : nodes) {
            if (position(key).isEmpty()) {
                out.add(new NodePosition(key.graph(), key.id(), column, row));
                row += SPACING;
            }
        }
        return new Layout(out);
    }

    public Layout with(NodePosition moved) {
        List<NodePosition> out = new ArrayList<>(positions);
        out.removeIf(p -> p.key().equals(moved.key()));
        out.add(moved);
        return new Layout(out);
    }
}
