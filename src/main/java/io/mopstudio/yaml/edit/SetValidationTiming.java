package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets the MOP's validation {@code window} or {@code interval} ({@code key}) to a duration, or clears
 * it when {@code value} is blank. The seed writes validation as a list of checks; giving it timing
 * makes it {@code {window, interval, checks}} by inserting two lines above the items (a list may sit
 * at its key's indentation), and clearing the last timing takes {@code checks:} away again, so the
 * items' lines never move. {@link SetValue} cannot do this: under validation an unknown key means a check.
 */
public record SetValidationTiming(String key, String value) implements MopEdit {

    private static final List<String> KEYS = List.of("window", "interval");

    public SetValidationTiming {
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("validation timing is window or interval, not " + key);
        }
    }

    @Override
    public Patch plan(SourceText source) throws EditException {
        if (!(source.root() instanceof MappingNode top)) {
            throw new EditException("the file is not a MOP (its top is not a mapping)");
        }
        Optional<NodeTuple> validation = NodeLocator.entry(top, "validation");
        boolean clear = value.isBlank();
        if (validation.isEmpty()) {
            return clear ? Patch.NONE : new SetValue("validation." + key, value).plan(source);
        }
        Node section = validation.get().getValueNode();
        if (section instanceof SequenceNode checks) {
            return clear ? Patch.NONE : new Patch(List.of(becomeMapping(source, validation.get(), checks)));
        }
        if (!(section instanceof MappingNode mapping)) {
            throw new EditException("validation is neither a list of checks nor {window, interval, checks}");
        }
        Optional<NodeTuple> written = NodeLocator.entry(mapping, key);
        if (written.isPresent()) {
            return clear ? cleared(source, mapping) : new SetValue("validation." + key, value).plan(source);
        }
        return clear ? Patch.NONE : new Patch(List.of(added(source, mapping)));
    }

    private String line(int column, String text, SourceText source) {
        return " ".repeat(column) + text + source.lineBreak();
    }

    /** {@code key: value} and {@code checks:} above the first item, at the items' indentation. */
    private TextPatch becomeMapping(SourceText source, NodeTuple validation, SequenceNode checks) throws EditException {
        int keyColumn = source.column(source.start(validation.getKeyNode()));
        if (SourceText.isFlow(checks) || checks.getValue().isEmpty()) {
            throw new EditException("validation is written [...]; add its " + key + " in the YAML pane");
        }
        int column = source.column(source.start(checks));
        if (column <= keyColumn) {
            throw new EditException("validation's checks are not indented under it; add its " + key
                    + " in the YAML pane");
        }
        int at = source.nextLineStart(source.end(validation.getKeyNode()));
        return TextPatch.insert(at, line(column, key + ": " + value, source) + line(column, "checks:", source));
    }

    /** A new timing line in a {window, interval, checks} mapping: window first, checks last. */
    private TextPatch added(SourceText source, MappingNode mapping) throws EditException {
        if (SourceText.isFlow(mapping)) {
            throw new EditException("validation is written {...}; add its " + key + " in the YAML pane");
        }
        Optional<NodeTuple> before = key.equals("window") ? NodeLocator.entry(mapping, "interval")
                .or(() -> NodeLocator.entry(mapping, "checks")) : NodeLocator.entry(mapping, "checks");
        int column = source.column(source.start(mapping));
        String text = line(column, key + ": " + value, source);
        if (before.isPresent()) {
            return TextPatch.insert(source.lineStart(source.start(before.get().getKeyNode())), text);
        }
        return TextPatch.insert(source.nextLineStart(source.contentEnd(mapping, source.start(mapping))), text);
    }

    /** The key's line removed (the whole section when nothing else is in it); with the last timing gone, a {@code checks:} list at its own indentation loses its key too. */
    private Patch cleared(SourceText source, MappingNode mapping) throws EditException {
        if (mapping.getValue().size() == 1) {
            // Only this timing was written: an empty validation: would read as no value, so the key goes too.
            return new RemoveEntry("validation").plan(source);
        }
        Patch removal = new RemoveEntry("validation." + key).plan(source);
        Optional<NodeTuple> checks = NodeLocator.entry(mapping, "checks");
        boolean onlyChecksLeft = mapping.getValue().size() == 2 && checks.isPresent();
        if (!onlyChecksLeft || !(checks.get().getValueNode() instanceof SequenceNode items)
                || SourceText.isFlow(items) || items.getValue().isEmpty()
                || source.column(source.start(items)) != source.column(source.start(checks.get().getKeyNode()))) {
            return removal;
        }
        int keyLine = source.lineStart(source.start(checks.get().getKeyNode()));
        if (!source.text().substring(keyLine, source.nextLineStart(keyLine)).strip().equals("checks:")) {
            return removal;
        }
        List<TextPatch> patches = new ArrayList<>(removal.patches());
        patches.add(TextPatch.delete(keyLine, source.nextLineStart(keyLine)));
        return new Patch(patches);
    }
}
