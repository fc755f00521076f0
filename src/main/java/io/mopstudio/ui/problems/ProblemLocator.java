package io.mopstudio.ui.problems;

import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.yaml.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the node a finding is about from its line: the node written last at or before it, unless a
 * top-level key (such as {@code validation:}) comes between. The field is the key on that line. A
 * finding outside every node is about the MOP's own form: its field is then the id of that form's
 * control ({@code field-mop_id}, {@code input-0-pattern}, {@code snapshot-1-observe},
 * {@code field-validation-window}).
 */
public final class ProblemLocator {

    private static final Pattern TOP_KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:");
    private static final Pattern MISSING_PARAM = Pattern.compile("needs parameter '([^']+)'");
    private static final Pattern KEY = Pattern.compile("^(\\s*)(?:-\\s+)?([A-Za-z_][\\w-]*)\\s*:");

    private ProblemLocator() {
    }

    public static ProblemTarget locate(Mop mop, String text, Problem problem) {
        int line = problem.position().line();
        int column = problem.position().column();
        List<String> lines = text.lines().toList();
        TreeMap<Integer, Optional<NodeKey>> starts = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (TOP_KEY.matcher(lines.get(i)).find()) {
                starts.put(i + 1, Optional.empty());
            }
        }
        for (NodeLines.NodeLine node : NodeLines.of(mop)) {
            starts.put(node.line(), Optional.of(node.node()));
        }
        Map.Entry<Integer, Optional<NodeKey>> owner = starts.floorEntry(line);
        Optional<NodeKey> node = owner == null ? Optional.empty() : owner.getValue();
        Optional<String> field = node.isPresent() ? field(lines, line, node.get()) : headerControl(lines, line);
        Matcher missing = MISSING_PARAM.matcher(problem.message());
        if (node.isPresent() && problem.rule().equals("catalog.missing_param") && missing.find()) {
            // Reported on the action's line, as a missing key has no line; the field to fill is the parameter.
            field = Optional.of(node.get().kind().isCheck() ? missing.group(1) : "params." + missing.group(1));
        }
        return new ProblemTarget(node, field, line, column);
    }

    /** The MOP form's control for a line outside the nodes: a header key, an input's or snapshot's key, the timing. */
    private static Optional<String> headerControl(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        int top = line - 1;
        while (top >= 0 && !TOP_KEY.matcher(lines.get(top)).find()) {
            top--;
        }
        if (top < 0) {
            return Optional.empty();
        }
        Matcher topKey = KEY.matcher(lines.get(top));
        if (!topKey.find()) {
            return Optional.empty();
        }
        String section = topKey.group(2);
        if (top == line - 1) {
            return Optional.of("field-" + section);
        }
        Matcher key = KEY.matcher(lines.get(line - 1));
        String written = key.find() ? key.group(2) : "";
        return switch (section) {
            case "inputs", "snapshots" -> Optional.of((section.equals("inputs") ? "input-" : "snapshot-")
                    + itemIndex(lines, top, line) + "-" + (written.isEmpty() ? (section.equals("inputs") ? "name" : "id")
                            : written));
            case "validation" -> written.equals("window") || written.equals("interval")
                    ? Optional.of("field-validation-" + written) : Optional.empty();
            default -> Optional.of("field-" + section);
        };
    }

    /** Which item of the block list under the top-level key on line {@code top + 1} holds {@code line}. */
    private static int itemIndex(List<String> lines, int top, int line) {
        int index = -1;
        int itemIndent = -1;
        for (int i = top + 1; i < line; i++) {
            String text = lines.get(i);
            int indent = text.length() - text.stripLeading().length();
            if (text.stripLeading().startsWith("- ") && (itemIndent < 0 || indent == itemIndent)) {
                itemIndent = indent;
                index++;
            }
        }
        return Math.max(0, index);
    }

    /**
     * The key written on the line; under a step's {@code params:} it is {@code params.KEY}. A line
     * with no key of its own (an item of a block list such as {@code depends_on:}) belongs to the
     * key above it.
     */
    private static Optional<String> field(List<String> lines, int line, NodeKey node) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(lines.get(line - 1));
        if (!key.find()) {
            String item = lines.get(line - 1);
            int itemIndent = item.length() - item.stripLeading().length();
            for (int i = line - 2; i >= 0 && !item.isBlank(); i--) {
                Matcher above = KEY.matcher(lines.get(i));
                if (above.find() && above.group(1).length() < itemIndent) {
                    return field(lines, i + 1, node);
                }
            }
            return Optional.empty();
        }
        int indent = key.group(1).length();
        for (int i = line - 2; i >= 0 && !node.kind().isCheck(); i--) {
            Matcher above = KEY.matcher(lines.get(i));
            if (above.find() && above.group(1).length() < indent) {
                return Optional.of(above.group(2).equals("params") ? "params." + key.group(2) : key.group(2));
            }
        }
        return Optional.of(key.group(2));
    }
}
