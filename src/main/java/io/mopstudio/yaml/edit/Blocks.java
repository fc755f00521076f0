package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Structural patches written the way the file already is: entries added at the mapping's own
 * indentation (or inside its braces), list items added in the list's style and spacing, items and
 * entries removed with their lines and no stray blank line.
 */
final class Blocks {

    private static final int STEP = 2;

    private final SourceText source;

    Blocks(SourceText source) {
        this.source = source;
    }

    /** Adds {@code keys[0]: {keys[1]: ... value}} to a mapping that has none of them. */
    TextPatch addEntry(MappingNode mapping, int notBefore, List<String> keys, ValueText value) throws EditException {
        String lb = source.lineBreak();
        if (SourceText.isFlow(mapping)) {
            if (keys.size() > 1 || value.multiLine()) {
                throw new EditException("'" + String.join(".", keys) + "' would go inside a {...} mapping;"
                        + " write the value in flow style on one line, one key at a time");
            }
            String separator = mapping.getValue().isEmpty() ? "" : ", ";
            return TextPatch.insert(beforeClosing(mapping), separator + keys.get(0) + ": " + value.text());
        }
        int indent = source.column(source.start(mapping));
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            int depth = indent + i * STEP;
            if (i > 0) {
                entry.append(lb);
            }
            entry.append(" ".repeat(depth)).append(keys.get(i)).append(':');
            if (i == keys.size() - 1) {
                // A block list item ("- x") can only start on a line of its own.
                if (value.multiLine() || value.text().startsWith("- ")) {
                    entry.append(lb).append(value.indented(depth + STEP, lb));
                } else {
                    entry.append(' ').append(value.text());
                }
            }
        }
        return insertLines(source.contentEnd(mapping, notBefore), entry.toString());
    }

    /** Just inside a flow collection's closing bracket, before any spaces that pad it: {@code [a, b ]}. */
    private int beforeClosing(Node flow) {
        int at = source.end(flow) - 1;
        while (at > source.start(flow) + 1 && Character.isWhitespace(source.text().charAt(at - 1))) {
            at--;
        }
        return at;
    }

    /** Inserts whole lines after the line holding {@code contentEnd}. */
    private TextPatch insertLines(int contentEnd, String lines) {
        String lb = source.lineBreak();
        int at = source.nextLineStart(contentEnd);
        boolean endsWithoutBreak = at == source.text().length() && !source.text().endsWith("\n");
        return endsWithoutBreak ? TextPatch.insert(at, lb + lines) : TextPatch.insert(at, lines + lb);
    }

    /** Appends an item: inside the brackets of a flow list, or as a new {@code - item} in a block list. */
    TextPatch appendItem(SequenceNode sequence, int notBefore, ValueText item) throws EditException {
        List<Node> items = sequence.getValue();
        if (SourceText.isFlow(sequence)) {
            if (item.multiLine()) {
                throw new EditException("the item would go inside a [...] list; write it on one line");
            }
            return TextPatch.insert(beforeClosing(sequence), (items.isEmpty() ? "" : ", ") + item.text());
        }
        String lb = source.lineBreak();
        int indent = source.column(source.start(sequence));
        String spacing = blankLinesBetweenItems(sequence) ? lb : "";
        String text = spacing + " ".repeat(indent) + "- " + item.indentedAfterFirst(indent + STEP, lb);
        return insertLines(source.contentEnd(sequence, notBefore), text);
    }

    private boolean blankLinesBetweenItems(SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        if (items.size() < 2) {
            return false;
        }
        int secondLine = source.itemLineStart(items.get(1));
        return secondLine > 0 && source.isBlankLine(source.lineStart(secondLine - 1));
    }

    /**
     * Removes item {@code index}. A list left empty loses its whole entry when {@code dropEmpty}
     * and the key starts its line (a depends_on that no longer waits on anything); otherwise it is
     * written {@code []}, so the file keeps saying the list exists.
     */
    List<TextPatch> removeItem(NodeTuple owner, int index, boolean dropEmpty) {
        SequenceNode sequence = (SequenceNode) owner.getValueNode();
        List<Node> items = sequence.getValue();
        int notBefore = source.end(owner.getKeyNode());
        List<TextPatch> out = new ArrayList<>();
        if (items.size() == 1) {
            int keyStart = source.start(owner.getKeyNode());
            int lineStart = source.lineStart(keyStart);
            int end = source.contentEnd(sequence, notBefore);
            if (dropEmpty && source.text().substring(lineStart, keyStart).isBlank()) {
                out.add(TextPatch.delete(lineStart, source.nextLineStart(end)));
            } else {
                out.add(new TextPatch(source.afterColon(owner.getKeyNode()), end, " []"));
            }
            return out;
        }
        List<Integer> ends = new ArrayList<>();
        int at = source.start(sequence);
        for (Node item : items) {
            at = source.contentEnd(item, at);
            ends.add(at);
        }
        Node item = items.get(index);
        if (SourceText.isFlow(sequence)) {
            int start = index == 0 ? source.start(item) : ends.get(index - 1);
            int end = index == 0 ? source.start(items.get(1)) : ends.get(index);
            out.add(TextPatch.delete(start, end));
            return out;
        }
        int start = source.itemLineStart(item);
        int end = source.nextLineStart(ends.get(index));
        boolean blankAfter = source.isBlankLine(end);
        boolean blankBefore = start > 0 && source.isBlankLine(source.lineStart(start - 1));
        if (blankAfter && (blankBefore || index == 0)) {
            end = source.nextLineStart(end);
        }
        out.add(TextPatch.delete(start, end));
        return out;
    }
}
