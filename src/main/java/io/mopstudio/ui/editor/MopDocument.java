package io.mopstudio.ui.editor;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodeKey;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.Mop;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.edit.EditException;
import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.Patch;
import io.mopstudio.yaml.edit.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The MOP being built: its text (the single source of truth), the node positions, and the one undo
 * stack. Every change (a yaml.edit from the canvas or a form, a YAML-pane edit, a move) becomes a
 * {@link Change}; the model is re-read from the text after each. While the text does not read as a
 * MOP, {@link #mopProperty()} keeps the last good model and {@link #parseErrorProperty()} says why.
 */
public final class MopDocument {

    public static final String UNTITLED = "untitled.yaml";

    private final MopLoader loader = new MopLoader();
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Layout> layout = new ReadOnlyObjectWrapper<>(Layout.EMPTY);
    private final ReadOnlyObjectWrapper<Mop> mop = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper parseError = new ReadOnlyStringWrapper("");
    /** The 1-based line the parse error is on; 0 while the text reads as a MOP (or the line is unknown). */
    private final ReadOnlyIntegerWrapper parseErrorLine = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private String savedText = "";
    /** Started by {@link #create} and not saved since: the file does not exist yet. */
    private boolean newFile;
    private Layout savedLayout = Layout.EMPTY;
    /** While {@link #show} replaces the text: the automatic placements asked for meanwhile, to apply after. */
    private Optional<List<NodePosition>> deferred = Optional.empty();

    /** Starts over with {@code text} as read from {@code file} (absent for a new MOP): nothing to undo, nothing unsaved. */
    public void load(Optional<Path> from, String content, Layout positions) {
        history.clear();
        newFile = false;
        file.set(from.orElse(null));
        mop.set(null);
        savedText = content;
        savedLayout = positions;
        layout.set(positions);
        setText(content);
    }

    /**
     * Starts a MOP that is not on disk yet and will be saved as {@code to}. Untouched, it is not unsaved
     * changes: closing it, or starting another, loses nothing the author did (the first edit makes it
     * unsaved, and then they are asked).
     */
    public void create(Path to, String content) {
        load(Optional.of(to), content, Layout.EMPTY);
        newFile = true;
    }

    /**
     * Makes {@code edits} one after the other as one undoable change, with {@code positions} applied
     * to the layout; all or nothing. Empty when done, else the reason none of it was made.
     */
    public Optional<String> apply(String label, List<MopEdit> edits, UnaryOperator<Layout> positions) {
        String current = text.get();
        List<Patch> forward = new ArrayList<>();
        List<Patch> inverse = new ArrayList<>();
        try {
            for (MopEdit edit : edits) {
                Patch patch = edit.plan(SourceText.parse(current, fileName()));
                forward.add(patch);
                inverse.add(0, patch.inverse(current));
                current = patch.apply(current);
            }
        } catch (EditException e) {
            return Optional.of(e.getMessage());
        }
        Layout before = layout.get();
        Layout after = positions.apply(before);
        if (current.equals(text.get()) && samePositions(before, after)) {
            return Optional.empty();
        }
        push(new Change(label, forward, inverse, before, after));
        return Optional.empty();
    }

    public Optional<String> apply(String label, MopEdit edit) {
        return apply(label, List.of(edit), UnaryOperator.identity());
    }

    /** The YAML pane's text, as one change (even when it does not parse: the graph then keeps its last good state). */
    public void replaceText(String edited) {
        Patch patch = TextDiff.between(text.get(), edited);
        if (!patch.isEmpty()) {
            push(new Change("edit YAML", List.of(patch), List.of(patch.inverse(text.get())), layout.get(),
                    layout.get()));
        }
    }

    /** Nodes moved on the canvas (alone or as a group), as one change. */
    public void move(List<NodePosition> moved) {
        Layout after = layout.get();
        for (NodePosition position : moved) {
            after = after.with(position);
        }
        if (!samePositions(layout.get(), after)) {
            push(new Change(moved.size() == 1 ? "move node" : "move " + moved.size() + " nodes", List.of(), List.of(),
                    layout.get(), after));
        }
    }

    /**
     * Positions chosen by auto-layout for nodes that had none: not an edit of the user's, so neither
     * undoable nor unsaved on their own; they are written with the next save.
     */
    public void placeAutomatically(List<NodePosition> placed) {
        if (deferred.isPresent()) {
            deferred.get().addAll(placed);
            return;
        }
        Layout current = layout.get();
        Layout saved = savedLayout;
        for (NodePosition position : placed) {
            if (current.position(position.key()).isEmpty()) {
                current = current.with(position);
            }
            if (saved.position(position.key()).isEmpty()) {
                saved = saved.with(position);
            }
        }
        savedLayout = saved;
        layout.set(current);
        updateDirty();
    }

    public boolean undo() {
        return undoChange().isPresent();
    }

    public boolean redo() {
        return redoChange().isPresent();
    }

    /** Undoes the last change; its label ("rename drain → drain_pool"), or empty when there was none. */
    public Optional<String> undoChange() {
        Optional<Change> change = history.popUndo();
        change.ifPresent(c -> show(c.undo(text.get()), c.layoutBefore()));
        return change.map(Change::label);
    }

    /** Redoes the last undone change; its label, or empty when there was none. */
    public Optional<String> redoChange() {
        Optional<Change> change = history.popRedo();
        change.ifPresent(c -> show(c.redo(text.get()), c.layoutAfter()));
        return change.map(Change::label);
    }

    /** The text and positions are now what {@code savedTo} holds. */
    public void markSaved(Path savedTo) {
        boolean renamed = !savedTo.equals(file.get());
        file.set(savedTo);
        if (renamed && !parses()) {
            // The error's message names the file: after Save As, the new name, not the one it was read under.
            read(text.get());
        }
        newFile = false;
        savedText = text.get();
        savedLayout = layout.get();
        updateDirty();
    }

    private void push(Change change) {
        history.push(change);
        show(change.redo(text.get()), change.layoutAfter());
    }

    /**
     * The text first, then the positions that go with it. While the text changes, the canvases still see
     * the old positions and may ask to place a node that only seems to have none (a renamed step, during
     * undo); such requests wait until the real positions are set, and then place only what still has none.
     */
    private void show(String content, Layout positions) {
        List<NodePosition> requested = new ArrayList<>();
        deferred = Optional.of(requested);
        try {
            setText(content);
        } finally {
            deferred = Optional.empty();
        }
        layout.set(positions);
        placeAutomatically(requested);
        updateDirty();
    }

    private void setText(String content) {
        text.set(content);
        read(content);
        updateDirty();
    }

    /** The model, when {@code content} reads as a MOP; else why not, and on which line. */
    private void read(String content) {
        LoadResult<Mop> result = loader.parse(content, fileName());
        if (result.value().isPresent()) {
            mop.set(result.value().get());
            parseError.set("");
            parseErrorLine.set(0);
        } else {
            Optional<Problem> first = result.problems().stream().filter(Problem::isError).findFirst();
            parseErrorLine.set(first.map(p -> p.position().line()).orElse(0));
            parseError.set(first.map(Problem::toString).orElse("the text is not a MOP"));
        }
    }

    private void updateDirty() {
        dirty.set(!text.get().equals(savedText) || !samePositions(layout.get(), savedLayout));
    }

    static boolean samePositions(Layout a, Layout b) {
        return positionMap(a).equals(positionMap(b));
    }

    private static Map<NodeKey, NodePosition> positionMap(Layout layout) {
        return layout.positions().stream().collect(Collectors.toMap(NodePosition::key, p -> p));
    }

    /** The name problems and edits are reported against. */
    public String fileName() {
        return Optional.ofNullable(file.get()).map(Path::toString).orElse(UNTITLED);
    }

    public String getText() {
        return text.get();
    }

    public Layout getLayout() {
        return layout.get();
    }

    public Optional<Mop> getMop() {
        return Optional.ofNullable(mop.get());
    }

    public Optional<Path> getFile() {
        return Optional.ofNullable(file.get());
    }

    /** The file a new MOP is to be saved as, while it has not been (see {@link #create}). */
    public Optional<Path> getNewFile() {
        return newFile ? getFile() : Optional.empty();
    }

    /** Whether the text reads as a MOP now (not only the last good one). */
    public boolean parses() {
        return parseError.get().isEmpty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Layout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mop> mopProperty() {
        return mop.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty parseErrorProperty() {
        return parseError.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty parseErrorLineProperty() {
        return parseErrorLine.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
