package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Renames a step and every reference to it: {@code depends_on} and {@code compensates} items, and
 * {@code steps.OLD.} inside templates anywhere (parameters, {@code when}). Each reference is patched
 * where it is written, so quoting and the rest of each line stay as they were.
 */
public record RenameStep(String oldId, String newId) implements MopEdit {

    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{[^{}]*}}");

    @Override
    public Patch plan(SourceText source) throws EditException {
        if (!STEP_ID.matcher(newId).matches()) {
            throw new EditException("step id '" + newId
                    + "' must start with a letter or '_' and hold only letters, digits, '_' and '-'");
        }
        StepNodes steps = new StepNodes(source);
        StepNodes.WrittenStep step = steps.require(oldId);
        if (!newId.equals(oldId) && steps.find(newId).isPresent()) {
            throw new EditException("there is already a step '" + newId + "'");
        }
        List<TextPatch> patches = new ArrayList<>();
        Set<Node> patched = Collections.newSetFromMap(new IdentityHashMap<>());
        NodeTuple idEntry = NodeLocator.entry(step.mapping(), "id").orElseThrow();
        replaceScalar(source, idEntry.getValueNode(), patches, patched);
        for (StepNodes.WrittenStep other : steps.all()) {
            for (String key : List.of("depends_on", "compensates")) {
                StepNodes.listEntry(other.mapping(), key).ifPresent(entry -> StepNodes.scalars(entry).stream()
                        .filter(item -> item.getValue().equals(oldId))
                        .forEach(item -> replaceScalar(source, item, patches, patched)));
            }
        }
        renameInTemplates(source, source.root(), patches, patched);
        return new Patch(patches);
    }

    private void replaceScalar(SourceText source, Node node, List<TextPatch> patches, Set<Node> patched) {
        if (patched.add(node)) {
            patches.add(new TextPatch(source.start(node), source.end(node),
                    ValueTextFor.sameStyle((ScalarNode) node, newId)));
        }
    }

    /** {@code steps.OLD.} inside {@code {{ }}} in the written text of every scalar, each node once. */
    private void renameInTemplates(SourceText source, Node node, List<TextPatch> patches, Set<Node> patched) {
        if (node instanceof ScalarNode scalar) {
            if (scalar.getValue().contains("steps." + oldId) && patched.add(node)) {
                int start = source.start(node);
                int end = source.end(node);
                String written = source.text().substring(start, end);
                String renamed = renameTemplates(written);
                if (!renamed.equals(written)) {
                    patches.add(new TextPatch(start, end, renamed));
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> renameInTemplates(source, child, patches, patched));
        } else if (node instanceof MappingNode mapping && patched.add(node)) {
            for (NodeTuple tuple : mapping.getValue()) {
                renameInTemplates(source, tuple.getValueNode(), patches, patched);
            }
        }
    }

    private String renameTemplates(String written) {
        Pattern reference = Pattern.compile("(\\bsteps\\.)" + Pattern.quote(oldId) + "(?=[.\\s}])");
        Matcher templates = TEMPLATE.matcher(written);
        StringBuilder out = new StringBuilder();
        while (templates.find()) {
            String renamed = reference.matcher(templates.group()).replaceAll("$1" + Matcher.quoteReplacement(newId));
            templates.appendReplacement(out, Matcher.quoteReplacement(renamed));
        }
        templates.appendTail(out);
        return out.toString();
    }
}
