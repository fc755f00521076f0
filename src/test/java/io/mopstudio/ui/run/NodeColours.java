package io.mopstudio.ui.run;

import io.mopstudio.ui.canvas.NodeStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;

/**
 * Records, node by node, the colours the window gives the graph nodes as a run goes: every status
 * style class added to a drawn node, in order, with repeats (a running step's ticking time) folded.
 * Listens to the nodes themselves, so what is recorded is what the operator saw, not the model.
 */
final class NodeColours {

    private static final Set<String> STATUS_CLASSES = Arrays.stream(NodeStatus.values())
            .map(NodeStatus::styleClass).collect(Collectors.toSet());

    private final Map<String, List<String>> seen = new LinkedHashMap<>();

    /**
     * Starts recording every drawn node (css id {@code node-…}) on every main tab, shown or not;
     * call on the FX thread.
     */
    static NodeColours watch(FxRobot robot) {
        NodeColours colours = new NodeColours();
        Node[] graphs = robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().stream()
                .map(Tab::getContent).toArray(Node[]::new);
        robot.from(graphs).lookup((Node n) -> n.getId() != null && n.getId().startsWith(NodeStatus.STYLE_PREFIX)
                && n.getStyleClass().stream().anyMatch(STATUS_CLASSES::contains))
                .queryAll().forEach(colours::record);
        return colours;
    }

    private void record(Node node) {
        List<String> history = new ArrayList<>();
        // The same check may be drawn on both graphs; each drawing keeps its own history.
        String name = seen.containsKey(node.getId()) ? node.getId() + "@2" : node.getId();
        seen.put(name, history);
        node.getStyleClass().addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(STATUS_CLASSES::contains)
                        .map(c -> c.substring(NodeStatus.STYLE_PREFIX.length()))
                        .filter(c -> history.isEmpty() || !history.get(history.size() - 1).equals(c))
                        .forEach(history::add);
            }
        });
    }

    /** The colours node {@code cssId} took since recording started, e.g. [pending, running, succeeded]. */
    List<String> of(String cssId) {
        return List.copyOf(seen.getOrDefault(cssId, List.of()));
    }

    Map<String, List<String>> all() {
        return seen;
    }
}
