package io.mopstudio.yaml.edit;

import java.util.List;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Removes a key and its value (a field cleared in a form, such as a step's timeout) with its lines.
 * A key that is not written is already removed. Only keys that start their own line are removed
 * here; one inside {@code {...}} or right after a list's {@code -} is left for the YAML pane.
 */
public record RemoveEntry(String path) implements MopEdit {

    @Override
    public Patch plan(SourceText source) throws EditException {
        Location location = new NodeLocator(source).locate(path);
        if (!(location instanceof Location.Found found)) {
            return Patch.NONE;
        }
        if (found.entry().isEmpty()) {
            throw new EditException("'" + path + "' is a list item, not a key");
        }
        NodeTuple entry = found.entry().get();
        int keyStart = source.start(entry.getKeyNode());
        int lineStart = source.lineStart(keyStart);
        if (!source.text().substring(lineStart, keyStart).isBlank()) {
            throw new EditException("'" + path + "' shares its line with other YAML; remove it in the YAML pane");
        }
        int end = source.contentEnd(entry.getValueNode(), found.notBefore());
        return new Patch(List.of(TextPatch.delete(lineStart, source.nextLineStart(end))));
    }
}
