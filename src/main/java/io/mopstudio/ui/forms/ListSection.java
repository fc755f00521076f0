package io.mopstudio.ui.forms;

import io.mopstudio.layout.Layout;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.yaml.edit.EditException;
import io.mopstudio.yaml.edit.MoveItem;
import io.mopstudio.yaml.edit.Patch;
import io.mopstudio.yaml.edit.RemoveEntry;
import io.mopstudio.yaml.edit.RemoveItem;
import io.mopstudio.yaml.edit.ReplaceText;
import io.mopstudio.yaml.edit.SourceText;
import io.mopstudio.yaml.edit.TextPatch;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * A top-level list of the MOP edited by the forms (inputs, snapshots, pre-checks): items removed
 * (the last one taking its key along, so no empty list is left) and moved, on the document's undo stack.
 */
record ListSection(MopDocument document, String key, String itemName) {

    /** Removes item {@code index} of {@code size}; empty when done, else why not. */
    Optional<String> remove(int size, int index) {
        if (size > 1) {
            return document.apply("remove " + itemName + " " + (index + 1), new RemoveItem(key, index));
        }
        String text = document.getText();
        TextPatch cut;
        try {
            Patch removal = new RemoveEntry(key).plan(SourceText.parse(text, document.fileName()));
            if (removal.patches().size() != 1) {
                return document.apply("remove " + key, new RemoveEntry(key));
            }
            cut = removal.patches().get(0);
        } catch (EditException e) {
            return Optional.of(e.getMessage());
        }
        // Sections are spaced by blank lines: the one above goes too, so no double blank line is left.
        boolean spaced = cut.start() >= 2 && text.startsWith("\n\n", cut.start() - 2)
                && text.startsWith("\n", cut.end());
        int start = spaced ? cut.start() - 1 : cut.start();
        return document.apply("remove " + key, new ReplaceText(new Patch(List.of(new TextPatch(start, cut.end(), "")))));
    }

    /** Moves item {@code index} one place up ({@code -1}) or down ({@code +1}) among {@code size} items. */
    Optional<String> move(int size, int index, int by) {
        return move(size, index, by, upper -> UnaryOperator.identity());
    }

    /**
     * As {@link #move(int, int, int)}; {@code positions} gives, for the upper of the two items that
     * trade places, what the move does to the saved canvas positions.
     */
    Optional<String> move(int size, int index, int by, IntFunction<UnaryOperator<Layout>> positions) {
        int upper = by < 0 ? index - 1 : index;
        if (Math.abs(by) != 1 || upper < 0 || upper + 1 >= size) {
            return Optional.of("the " + itemName + " cannot move further that way");
        }
        return document.apply("move " + itemName + " " + (index + 1) + (by < 0 ? " up" : " down"),
                List.of(new MoveItem(key, upper)), positions.apply(upper));
    }
}
