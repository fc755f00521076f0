package io.mopstudio.yaml.edit;

import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A MOP's original text with its node tree, and the offsets edits need: where a node starts and
 * where its written content ends, line starts and ends, and the file's own line break. SnakeYAML
 * re-serialisation would reformat the file; edits patch this text at node marks instead.
 */
public final class SourceText {

    private final String text;
    private final Node root;
    private final int[] charOfCodePoint;
    private final String lineBreak;

    private SourceText(String text, Node root) {
        this.text = text;
        this.root = root;
        // Marks count code points; Java strings count UTF-16 units. Only text beyond the BMP differs.
        this.charOfCodePoint = text.codePointCount(0, text.length()) == text.length() ? null : codePointTable(text);
        int lf = text.indexOf('\n');
        this.lineBreak = lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    }

    /** The text parsed for editing; a file that does not read as YAML cannot be edited safely. */
    public static SourceText parse(String text, String file) throws EditException {
        List<Problem> problems = new ArrayList<>();
        YamlDocument doc = YamlDocument.compose(text, file, problems).orElse(null);
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (doc == null || !errors.isEmpty()) {
            String why = errors.isEmpty() ? "it holds no YAML" : errors.get(0).toString();
            throw new EditException("the file cannot be edited until it reads as YAML: " + why);
        }
        return new SourceText(text, doc.root());
    }

    private static int[] codePointTable(String text) {
        int[] table = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            table[cp++] = i;
        }
        table[cp] = text.length();
        return table;
    }

    public String text() {
        return text;
    }

    public Node root() {
        return root;
    }

    String lineBreak() {
        return lineBreak;
    }

    int start(Node node) {
        return offset(node.getStartMark().getIndex());
    }

    int end(Node node) {
        return offset(node.getEndMark().getIndex());
    }

    private int offset(int codePoint) {
        return charOfCodePoint == null ? codePoint : charOfCodePoint[codePoint];
    }

    /** Column in characters, 0-based. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** The offset just past the line break ending the line that holds {@code offset}, or the text's end. */
    int nextLineStart(int offset) {
        int lf = text.indexOf('\n', offset);
        return lf < 0 ? text.length() : lf + 1;
    }

    boolean isBlankLine(int lineStart) {
        int end = nextLineStart(lineStart);
        return lineStart < text.length() && text.substring(lineStart, end).isBlank();
    }

    /**
     * Where a value's written text ends, ignoring what a block collection's end mark takes in
     * (trailing comments and blank lines) and the line breaks a block scalar keeps.
     * {@code notBefore} tells an alias from its anchor: SnakeYAML hands back the anchored node,
     * whose marks point where the anchor was written.
     */
    int contentEnd(Node node, int notBefore) {
        if (start(node) < notBefore) {
            return aliasEnd(node, notBefore);
        }
        if (node instanceof ScalarNode scalar) {
            return isBlockScalar(scalar) ? trimEnd(end(node)) : end(node);
        }
        if (isFlow(node)) {
            return end(node);
        }
        int last = start(node);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                last = contentEnd(tuple.getValueNode(), end(tuple.getKeyNode()));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                last = contentEnd(item, last);
            }
        }
        return last;
    }

    /** Whether the node at this place is written as an alias ({@code *name}) of a value anchored earlier. */
    boolean isAliasAt(Node node, int notBefore) {
        return start(node) < notBefore;
    }

    private int aliasEnd(Node node, int from) {
        String alias = "*" + node.getAnchor();
        int at = text.indexOf(alias, from);
        return at < 0 ? from : at + alias.length();
    }

    private int trimEnd(int end) {
        int at = end;
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    static boolean isBlockScalar(ScalarNode scalar) {
        return scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    }

    static boolean isFlow(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        }
        return false;
    }

    /** The offset just after the ':' that follows a mapping key. */
    int afterColon(Node key) {
        int colon = text.indexOf(':', end(key));
        return colon < 0 ? end(key) : colon + 1;
    }

    /** The start of the line of a sequence item's '-', or of the item itself. */
    int itemLineStart(Node item) {
        return lineStart(start(item));
    }
}
