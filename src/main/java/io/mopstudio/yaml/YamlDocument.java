package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML file composed into SnakeYAML's node tree, which keeps the position of every node. Syntax
 * errors, duplicate keys and unquoted templates become {@link Problem}s here, so nothing later
 * sees a document YAML would have silently reinterpreted.
 */
public final class YamlDocument {

    /** Large enough for any hand-written MOP; refusing more keeps a hostile file from eating memory. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_ALIASES = 50;

    private final String file;
    private final Node root;

    private YamlDocument(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /** Composes {@code text}; problems go to {@code problems}, and the tree is empty if it cannot be read. */
    public static Optional<YamlDocument> compose(String text, String file, List<Problem> problems) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(Problem.error(new SourcePosition(file, 1, 1), "yaml.empty", "the file is empty"));
                return Optional.empty();
            }
            YamlDocument doc = new YamlDocument(file, root);
            doc.checkKeys(root, problems);
            return Optional.of(doc);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? new SourcePosition(file, 1, 1)
                    : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
            problems.add(Problem.error(at, "yaml.syntax", plainSyntaxMessage(e, text, mark)));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(new SourcePosition(file, 1, 1), "yaml.syntax",
                    "cannot read YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static String plainSyntaxMessage(MarkedYAMLException e, String text, Mark mark) {
        String problem = Optional.ofNullable(e.getProblem()).orElse("invalid YAML");
        if (mark != null && lineHasLeadingTab(text, mark.getLine())) {
            return "YAML syntax error: a tab is used for indentation; indent with spaces";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        return "YAML syntax error: " + problem + context;
    }

    private static boolean lineHasLeadingTab(String text, int zeroBasedLine) {
        String[] lines = text.split("\r?\n", -1);
        if (zeroBasedLine < 0 || zeroBasedLine >= lines.length) {
            return false;
        }
        String line = lines[zeroBasedLine];
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    public Node root() {
        return root;
    }

    public String file() {
        return file;
    }

    public SourcePosition position(Node node) {
        Mark mark = node.getStartMark();
        return mark == null ? SourcePosition.unknown(file)
                : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Duplicate keys are an error naming both lines (never last-wins); unquoted templates are caught. */
    private void checkKeys(Node node, List<Problem> problems) {
        if (node instanceof MappingNode mapping) {
            if (isUnquotedTemplate(mapping)) {
                problems.add(Problem.error(position(node), "yaml.unquoted_template",
                        "a {{ ... }} template must be quoted, e.g. \"{{ incident.affected_resource }}\";"
                                + " unquoted, YAML reads it as a mapping"));
                return;
            }
            Map<String, Node> seen = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode instanceof ScalarNode scalar) {
                    Node first = seen.putIfAbsent(scalar.getValue(), keyNode);
                    if (first != null) {
                        problems.add(Problem.error(position(keyNode), "yaml.duplicate_key",
                                "duplicate key '" + scalar.getValue() + "' (first defined at line "
                                        + position(first).line() + ")"));
                    }
                } else {
                    checkKeys(keyNode, problems);
                }
                checkKeys(tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> checkKeys(child, problems));
        }
    }

    /** {@code {{ x }}} unquoted is a flow mapping whose only key is another flow mapping. */
    private static boolean isUnquotedTemplate(MappingNode mapping) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        return mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && tuples.size() == 1 && tuples.get(0).getKeyNode() instanceof MappingNode;
    }
}
