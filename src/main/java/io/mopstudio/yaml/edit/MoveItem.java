package io.mopstudio.yaml.edit;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Swaps item {@code index} of a top-level list (pre_checks, snapshots, validation...) with its
 * neighbour {@code index + 1}: the two items' lines trade places with the comment lines written
 * right above each, and the blank lines between them stay where they were. Every other byte is kept.
 */
public record MoveItem(String listKey, int index) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        NodeTuple entry = TopLists.withItem(source, listKey, index + 1);
        SequenceNode sequence = (SequenceNode) entry.getValueNode();
        if (SourceText.isFlow(sequence)) {
            throw new EditException(listKey + " is written [...] on one line; reorder it in the YAML pane");
        }
        List<Node> items = sequence.getValue();
        int from = new NodeLocator(source).itemNotBefore(sequence, index);
        // Comments are looked for only between the items: a block scalar line starting with # is content.
        int above = index == 0 ? source.nextLineStart(source.end(entry.getKeyNode())) : source.nextLineStart(from);
        int firstEnd = source.nextLineStart(source.contentEnd(items.get(index), from));
        int secondEnd = source.nextLineStart(source.contentEnd(items.get(index + 1), firstEnd));
        int firstStart = withCommentsAbove(source, source.itemLineStart(items.get(index)), above);
        int secondStart = withCommentsAbove(source, source.itemLineStart(items.get(index + 1)), firstEnd);
        String text = source.text();
        String first = withoutLineBreak(text.substring(firstStart, firstEnd));
        String second = withoutLineBreak(text.substring(secondStart, secondEnd));
        String gap = text.substring(firstEnd, secondStart);
        // The later item may be the file's last line, without a line break: the moved text keeps the file's ending.
        String ending = text.substring(secondStart, secondEnd).endsWith("\n") ? source.lineBreak() : "";
        return new Patch(List.of(new TextPatch(firstStart, secondEnd,
                second + source.lineBreak() + gap + first + ending)));
    }

    /** The start of the run of full-line comments directly above a line (no blank line between), not above {@code floor}. */
    private static int withCommentsAbove(SourceText source, int lineStart, int floor) {
        int at = lineStart;
        while (at > floor) {
            int above = source.lineStart(at - 1);
            if (!source.text().substring(above, at).strip().startsWith("#")) {
                break;
            }
            at = above;
        }
        return at;
    }

    private static String withoutLineBreak(String lines) {
        if (lines.endsWith("\r\n")) {
            return lines.substring(0, lines.length() - 2);
        }
        return lines.endsWith("\n") ? lines.substring(0, lines.length() - 1) : lines;
    }
}
