package io.mopstudio.yaml.edit;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Sets the value at a path (see {@link NodeLocator}) to {@code value}, written as YAML. Only the old
 * value's characters change; a missing key is added as one new line at its mapping's indentation.
 */
public record SetValue(String path, String value) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        ValueText newValue = ValueText.parse(value);
        Location location = new NodeLocator(source).locate(path);
        if (location instanceof Location.Missing missing) {
            int notBefore = 0;
            return new Patch(List.of(new Blocks(source).addEntry(missing.parent(), notBefore, missing.keys(), newValue)));
        }
        Location.Found found = (Location.Found) location;
        Node old = found.node();
        if (source.isAliasAt(old, found.notBefore())) {
            throw new EditException("'" + path + "' is an alias (*" + old.getAnchor()
                    + ") of a value written elsewhere; edit the anchored value instead");
        }
        return new Patch(List.of(replace(source, found, newValue)));
    }

    private static TextPatch replace(SourceText source, Location.Found found, ValueText newValue) {
        Node old = found.node();
        int start = source.start(old);
        int end = source.contentEnd(old, found.notBefore());
        String lb = source.lineBreak();
        if (old instanceof ScalarNode scalar && SourceText.isBlockScalar(scalar)
                && newValue.parsed() instanceof ScalarNode text) {
            return new TextPatch(start, end, blockScalar(source, scalar, text.getValue()));
        }
        boolean blockOld = !(old instanceof ScalarNode) && !SourceText.isFlow(old);
        if (!newValue.multiLine()) {
            if (blockOld && found.entry().isPresent()) {
                // A block list or mapping becomes a one-line value: it moves up beside its key.
                return new TextPatch(source.afterColon(found.entry().get().getKeyNode()), end,
                        " " + newValue.inPlaceOf(old));
            }
            return new TextPatch(start, end, newValue.inPlaceOf(old));
        }
        if (found.entry().isPresent() && !blockOld) {
            int keyColumn = source.column(source.start(found.entry().get().getKeyNode()));
            return new TextPatch(source.afterColon(found.entry().get().getKeyNode()), end,
                    lb + newValue.indented(keyColumn + 2, lb));
        }
        return new TextPatch(start, end, newValue.indentedAfterFirst(source.column(start), lb));
    }

    /** New text in the old block scalar's style: its header ({@code |}, {@code >-}...) and indentation kept. */
    private static String blockScalar(SourceText source, ScalarNode old, String text) {
        String all = source.text();
        int start = source.start(old);
        int headerEnd = source.nextLineStart(start);
        String header = all.substring(start, headerEnd);
        int firstContent = headerEnd;
        int indent = 0;
        while (firstContent + indent < all.length() && all.charAt(firstContent + indent) == ' ') {
            indent++;
        }
        StringBuilder out = new StringBuilder(header);
        List<String> lines = text.strip().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append(source.lineBreak());
            }
            out.append(lines.get(i).isEmpty() ? "" : " ".repeat(indent) + lines.get(i));
        }
        return out.toString();
    }
}
