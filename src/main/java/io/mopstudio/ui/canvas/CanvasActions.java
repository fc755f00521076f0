package io.mopstudio.ui.canvas;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the canvas's gestures ask for; each becomes one command on the document's undo stack. A
 * canvas without actions (the run's view before anything is open) only selects, zooms and pans.
 */
public interface CanvasActions {

    /** Why {@code to} may not wait for {@code from} (itself, a check, a cycle), or empty when it may. */
    Optional<String> refuseConnection(NodeKey from, NodeKey to);

    /** {@code to} waits for {@code from}: one more depends_on. */
    void connect(NodeKey from, NodeKey to);

    /** Nodes moved together to these top-left corners, as one change. */
    void move(Map<NodeKey, Point> topLefts);

    /** Deletes these nodes with every reference to them, or the selected edge's depends_on. */
    void delete(Set<NodeKey> nodes, Optional<GraphEdge> edge);

    /** A palette entry ({@code action:NAME} or {@code check:NAME}) dropped at a canvas point. */
    void drop(String paletteItem, Point at);

    void copy(Set<NodeKey> nodes);

    /** Pastes what was copied as new steps with new ids, near {@code at}. */
    void paste(Point at);

    void duplicate(Set<NodeKey> nodes);

    /** Lays the whole graph out again with graphviz, as one undoable move. */
    void autoLayout();
}
