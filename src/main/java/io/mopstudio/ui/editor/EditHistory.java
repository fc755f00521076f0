package io.mopstudio.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The one undo/redo stack of a document: canvas, form and YAML-pane edits all land here. */
final class EditHistory {

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    void push(Change change) {
        undo.push(change);
        redo.clear();
        update();
    }

    Optional<Change> popUndo() {
        Optional<Change> change = Optional.ofNullable(undo.poll());
        change.ifPresent(redo::push);
        update();
        return change;
    }

    Optional<Change> popRedo() {
        Optional<Change> change = Optional.ofNullable(redo.poll());
        change.ifPresent(undo::push);
        update();
        return change;
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
