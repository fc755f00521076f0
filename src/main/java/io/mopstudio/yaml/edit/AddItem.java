package io.mopstudio.yaml.edit;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Appends an item, given as YAML, to a top-level list such as {@code pre_checks}, {@code validation}
 * (its {@code checks} when written as a mapping) or a graph, in the list's own style and spacing;
 * a list that is not written yet is added at the end of the file.
 */
public record AddItem(String listKey, String itemYaml) implements MopEdit {

    /** The top-level lists in the order the format (and the seed) writes them. */
    private static final List<String> SECTIONS = List.of("inputs", "snapshots", "pre_checks", "execution_graph",
            "validation", "rollback_graph");

    @Override
    public Patch plan(SourceText source) throws EditException {
        ValueText item = ValueText.parse(itemYaml);
        if (!(source.root() instanceof MappingNode top)) {
            throw new EditException("the file is not a MOP (its top is not a mapping)");
        }
        Optional<NodeTuple> entry = NodeLocator.entry(top, listKey);
        Blocks blocks = new Blocks(source);
        if (entry.isEmpty()) {
            Optional<NodeTuple> later = laterSection(top);
            if (later.isPresent()) {
                return new Patch(List.of(before(source, later.get(), item)));
            }
            return new Patch(List.of(blocks.addEntry(top, 0, List.of(listKey),
                    ValueText.parse("- " + item.indentedAfterFirst(2, "\n")))));
        }
        if (entry.get().getValueNode() instanceof MappingNode mapping) {
            // validation: {window, interval, checks: [...]}: the item goes into its checks.
            Optional<NodeTuple> checks = NodeLocator.entry(mapping, "checks");
            if (checks.isPresent()) {
                return append(source, blocks, checks.get(), item);
            }
        }
        return append(source, blocks, entry.get(), item);
    }

    /** The first written section that the format lists after this one (pre_checks go before execution_graph). */
    private Optional<NodeTuple> laterSection(MappingNode top) {
        int index = SECTIONS.indexOf(listKey);
        if (index < 0) {
            return Optional.empty();
        }
        return top.getValue().stream().filter(t -> t.getKeyNode() instanceof ScalarNode key
                && SECTIONS.indexOf(key.getValue()) > index).findFirst();
    }

    /** The new section on its own lines just above {@code later}, followed by a blank line when sections have them. */
    private TextPatch before(SourceText source, NodeTuple later, ValueText item) {
        String lb = source.lineBreak();
        int keyLine = source.lineStart(source.start(later.getKeyNode()));
        boolean spaced = keyLine > 0 && source.isBlankLine(source.lineStart(keyLine - 1));
        int column = source.column(source.start(later.getKeyNode()));
        String text = " ".repeat(column) + listKey + ":" + lb + " ".repeat(column + 2) + "- "
                + item.indentedAfterFirst(column + 4, lb) + lb + (spaced ? lb : "");
        return TextPatch.insert(keyLine, text);
    }

    private Patch append(SourceText source, Blocks blocks, NodeTuple entry, ValueText item) throws EditException {
        if (!(entry.getValueNode() instanceof SequenceNode sequence)) {
            throw new EditException(listKey + " is not a list");
        }
        if (sequence.getValue().isEmpty()) {
            // "key: []" becomes a block list holding the item.
            int keyColumn = source.column(source.start(entry.getKeyNode()));
            String lb = source.lineBreak();
            String text = lb + " ".repeat(keyColumn + 2) + "- " + item.indentedAfterFirst(keyColumn + 4, lb);
            return new Patch(List.of(new TextPatch(source.afterColon(entry.getKeyNode()), source.end(sequence),
                    text)));
        }
        return new Patch(List.of(blocks.appendItem(sequence, source.end(entry.getKeyNode()), item)));
    }
}
