package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Follows a path through the written tree. List items are found by their {@code id}, {@code check}
 * or {@code name} ({@code check#2} for the second of a repeated check), or by {@code [index]};
 * {@code validation.NAME} also finds a check inside {@code validation: {checks: [...]}}. Keys merged
 * in with {@code <<} are not written here, so setting one adds it locally, which overrides.
 */
final class NodeLocator {

    private static final List<String> ITEM_KEYS = List.of("id", "check", "name");

    private final SourceText source;

    NodeLocator(SourceText source) {
        this.source = source;
    }

    Location locate(String path) throws EditException {
        List<PathSegment> segments = PathSegment.parse(path);
        Node current = source.root();
        Optional<NodeTuple> entry = Optional.empty();
        int notBefore = 0;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            PathSegment segment = segments.get(i);
            String here = walked.length() == 0 ? "the file" : walked.toString();
            if (current instanceof MappingNode mapping && !segment.isIndex()) {
                Optional<NodeTuple> tuple = entry(mapping, segment.name().get());
                if (tuple.isEmpty() && entry(mapping, "checks").isPresent()
                        && entry(mapping, "checks").get().getValueNode() instanceof SequenceNode) {
                    NodeTuple checks = entry(mapping, "checks").get();
                    current = checks.getValueNode();
                    notBefore = source.end(checks.getKeyNode());
                    i--;
                    continue;
                }
                if (tuple.isEmpty()) {
                    return missing(mapping, segments.subList(i, segments.size()), path);
                }
                entry = tuple;
                notBefore = source.end(tuple.get().getKeyNode());
                current = tuple.get().getValueNode();
                if (source.isAliasAt(current, notBefore) && i < segments.size() - 1) {
                    throw new EditException("'" + segment + "' in " + path + " is an alias (*" + current.getAnchor()
                            + ") of a value written elsewhere; edit the anchored value instead");
                }
            } else if (current instanceof SequenceNode sequence) {
                int index = segment.isIndex() ? segment.index() : itemIndex(sequence, segment.name().get(), here);
                if (index >= sequence.getValue().size()) {
                    throw new EditException(here + " has " + sequence.getValue().size() + " items; there is no [" + index
                            + "]");
                }
                notBefore = itemNotBefore(sequence, index);
                entry = Optional.empty();
                current = sequence.getValue().get(index);
            } else {
                throw new EditException("'" + path + "' goes past " + here + ", which holds a single value");
            }
            if (walked.length() > 0 && !segment.isIndex()) {
                walked.append('.');
            }
            walked.append(segment);
        }
        return new Location.Found(current, entry, notBefore);
    }

    private Location missing(MappingNode parent, List<PathSegment> rest, String path) throws EditException {
        List<String> keys = new ArrayList<>();
        for (PathSegment segment : rest) {
            if (segment.isIndex()) {
                throw new EditException("'" + path + "' names a list item under a key that does not exist yet");
            }
            keys.add(segment.name().get());
        }
        return new Location.Missing(parent, keys);
    }

    static Optional<NodeTuple> entry(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                .findFirst();
    }

    static Optional<String> text(MappingNode mapping, String key) {
        return entry(mapping, key).map(NodeTuple::getValueNode)
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    private int itemIndex(SequenceNode sequence, String name, String here) throws EditException {
        int hash = name.lastIndexOf('#');
        String wanted = hash > 0 ? name.substring(0, hash) : name;
        int occurrence = hash > 0 ? parseOccurrence(name.substring(hash + 1)) : 1;
        List<String> names = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < sequence.getValue().size(); i++) {
            Optional<String> itemName = itemName(sequence.getValue().get(i));
            itemName.ifPresent(names::add);
            if (itemName.filter(wanted::equals).isPresent() && ++seen == occurrence) {
                return i;
            }
        }
        throw new EditException("no item '" + name + "' in " + here + " (it has: " + String.join(", ", names) + ")");
    }

    private static int parseOccurrence(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Optional<String> itemName(Node item) {
        if (item instanceof MappingNode mapping) {
            for (String key : ITEM_KEYS) {
                Optional<String> value = text(mapping, key);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** Where the item may start: after the previous item's content, so an alias is told from its anchor. */
    int itemNotBefore(SequenceNode sequence, int index) {
        int at = source.start(sequence);
        for (int i = 0; i < index; i++) {
            at = source.contentEnd(sequence.getValue().get(i), at);
        }
        return at;
    }
}
