package io.mopstudio.ui.editor;

import io.mopstudio.layout.Layout;
import io.mopstudio.yaml.edit.Patch;
import java.util.List;

/**
 * One entry of the undo stack: the text patches it applied, in order, their inverses in the order
 * that undoes them, and the node positions before and after (a move changes only those; dropping a
 * step from the palette changes both, as one undoable step).
 */
public record Change(String label, List<Patch> forward, List<Patch> inverse, Layout layoutBefore, Layout layoutAfter) {

    public Change {
        forward = List.copyOf(forward);
        inverse = List.copyOf(inverse);
    }

    String redo(String text) {
        String out = text;
        for (Patch patch : forward) {
            out = patch.apply(out);
        }
        return out;
    }

    String undo(String text) {
        String out = text;
        for (Patch patch : inverse) {
            out = patch.apply(out);
        }
        return out;
    }
}
