package io.mopstudio.yaml;

import io.mopstudio.model.SourcePosition;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /**
     * SnakeYAML's own alias count limit is lifted: composing shares aliased nodes, so the count costs
     * nothing here, and {@link AliasExpansion} bounds what the aliases expand to and says where.
     */
    static final int MAX_ALIASES = Integer.MAX_VALUE;

    private static final String UNQUOTED_TEMPLATE = "a {{ ... }} template must be quoted, e.g."
            + " \"{{ incident.affected_resource }}\"; unquoted, YAML reads it as a mapping";
    /** A value that starts with "{{" right after "key: " or "- ", where only an unquoted value can begin so. */
    private static final Pattern UNQUOTED_TEMPLATE_START = Pattern.compile("(?:^\\s*-\\s+|:\\s+)(\\{\\{)");

    private final String file;
    private final Node root;

    private YamlDocument(String file, Node root) {
        this.file = file;
        this.root = root;
    }

    /** Composes {@code text}; problems go to {@code problems}, and the tree is empty if it cannot be read. */
    public static Optional<YamlDocument> compose(String text, String file, List<Problem> problems) {
        if (text.length() > MAX_CODE_POINTS && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            problems.add(tooLarge(file));
            return Optional.empty();
        }
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
            Optional<AliasExpansion.Refusal> refusal = AliasExpansion.check(root);
            if (refusal.isPresent()) {
                problems.add(Problem.error(doc.position(refusal.get().node()), "yaml.aliases",
                        refusal.get().message()));
                return Optional.empty();
            }
            doc.checkKeys(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            return Optional.of(doc);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? new SourcePosition(file, 1, 1)
                    : new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
            Optional<Problem> unclosed = unclosedBracket(e, file);
            if (unclosed.isEmpty()) {
                unclosed = UnclosedQuote.find(e, text, file, options);
            }
            if (unclosed.isPresent()) {
                problems.add(unclosed.get());
                return Optional.empty();
            }
            int template = mark == null ? -1 : unquotedTemplateColumn(text, mark.getLine());
            if (template >= 0) {
                // "{{ x }}.replica" unquoted is a mapping followed by text: YAML's own message would
                // talk about block ends and scalars, when the fix is a pair of quotes.
                problems.add(Problem.error(new SourcePosition(file, mark.getLine() + 1, template + 1),
                        "yaml.unquoted_template", UNQUOTED_TEMPLATE));
            } else {
                problems.add(Problem.error(at, "yaml.syntax", plainSyntaxMessage(e, text, mark)));
            }
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(new SourcePosition(file, 1, 1), "yaml.syntax",
                    "cannot read YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Refused before any parsing, so a huge file costs no more than reading it. */
    static Problem tooLarge(String file) {
        return Problem.error(new SourcePosition(file, 1, 1), "yaml.too_large",
                "the file is larger than the limit of " + (MAX_CODE_POINTS / (1024 * 1024))
                        + " MiB of text for a YAML document; a hand-written MOP is far smaller");
    }

    /**
     * A '[' or '{' left open: the parser notices only on a later line, where nothing is wrong, so the
     * finding stands at the bracket that needs its closing partner.
     */
    private static Optional<Problem> unclosedBracket(MarkedYAMLException e, String file) {
        Mark opened = e.getContextMark();
        Mark noticed = e.getProblemMark();
        String context = String.valueOf(e.getContext());
        if (opened == null || noticed == null || opened.getLine() >= noticed.getLine()
                || !context.startsWith("while parsing a flow ")) {
            return Optional.empty();
        }
        boolean list = context.endsWith("sequence");
        String message = "YAML syntax error: this '" + (list ? "[" : "{") + "' is not closed before line "
                + (noticed.getLine() + 1) + ": add its '" + (list ? "]" : "}") + "' (YAML: "
                + Optional.ofNullable(e.getProblem()).orElse("invalid YAML") + " at " + (noticed.getLine() + 1) + ":"
                + (noticed.getColumn() + 1) + ", " + context + ")";
        return Optional.of(Problem.error(new SourcePosition(file, opened.getLine() + 1, opened.getColumn() + 1),
                "yaml.syntax", message));
    }

    private static String plainSyntaxMessage(MarkedYAMLException e, String text, Mark mark) {
        String problem = Optional.ofNullable(e.getProblem()).orElse("invalid YAML");
        if (mark != null && lineHasLeadingTab(text, mark.getLine())) {
            return "YAML syntax error: a tab is used for indentation; indent with spaces";
        }
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        // The parser's words for the two mistakes met most by hand, said plainly first; its own stay after.
        if (problem.startsWith("expected <block end>")) {
            return "YAML syntax error: this line is indented differently from the lines above it at the same"
                    + " level (line up keys and list items with their neighbours; YAML: " + problem + context + ")";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "YAML syntax error: a ': ' where no key can start (quote a value that holds ': ', or put"
                    + " the key on its own line; YAML: " + problem + context + ")";
        }
        return "YAML syntax error: " + problem + context;
    }

    /** The 0-based column of a {@code {{} that starts a value unquoted on the line, or -1. */
    private static int unquotedTemplateColumn(String text, int zeroBasedLine) {
        String[] lines = text.split("\r?\n", -1);
        if (zeroBasedLine < 0 || zeroBasedLine >= lines.length) {
            return -1;
        }
        Matcher matcher = UNQUOTED_TEMPLATE_START.matcher(lines[zeroBasedLine]);
        return matcher.find() ? matcher.start(1) : -1;
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
    private void checkKeys(Node node, List<Problem> problems, Set<Node> visited) {
        if (!visited.add(node)) {
            // An aliased node is shared: its problems were reported where it was written.
            return;
        }
        if (node instanceof MappingNode mapping) {
            if (isUnquotedTemplate(mapping)) {
                problems.add(Problem.error(position(node), "yaml.unquoted_template", UNQUOTED_TEMPLATE));
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
                    checkKeys(keyNode, problems, visited);
                }
                checkKeys(tuple.getValueNode(), problems, visited);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> checkKeys(child, problems, visited));
        }
    }

    /** {@code {{ x }}} unquoted is a flow mapping whose only key is another flow mapping. */
    private static boolean isUnquotedTemplate(MappingNode mapping) {
        List<NodeTuple> tuples = new ArrayList<>(mapping.getValue());
        return mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                && tuples.size() == 1 && tuples.get(0).getKeyNode() instanceof MappingNode;
    }
}
