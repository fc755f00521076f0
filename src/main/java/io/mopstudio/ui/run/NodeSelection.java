package io.mopstudio.ui.run;

import io.mopstudio.ui.canvas.NodeKey;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;

/**
 * Turns a click on a graph canvas into the node it hit, by the scene-graph id every node box
 * carries ({@link NodeKey#cssId}), so the run's detail pane follows without the canvas knowing it.
 */
final class NodeSelection {

    private NodeSelection() {
    }

    static void install(Node canvas, Supplier<Set<NodeKey>> keys, Consumer<NodeKey> selected) {
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getTarget() instanceof Node target) {
                hit(target, keys.get()).ifPresent(selected);
            }
        });
    }

    private static Optional<NodeKey> hit(Node target, Set<NodeKey> keys) {
        for (Node at = target; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("graph-node") && at.getId() != null) {
                String id = at.getId();
                return keys.stream().filter(k -> k.cssId().equals(id)).findFirst();
            }
        }
        return Optional.empty();
    }
}
