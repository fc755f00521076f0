package io.mopstudio.ui.problems;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
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
 * top-level key (such as {@code validation:}) comes between. The field is the key on that line.
 */
public final class ProblemLocator {

    private static final Pattern TOP_KEY = Pattern.compile("^[A-Za-z_][\\w-]*\\s*:");
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
        for (PreCheck pre : mop.preChecks()) {
            starts.put(pre.check().position().line(), Optional.of(NodeKey.preCheck(pre.nodeId())));
        }
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                starts.put(step.position().line(), Optional.of(NodeKey.step(kind, step.id())));
            }
        }
        for (Check check : mop.validation()) {
            starts.put(check.position().line(), Optional.of(NodeKey.validation(check.nodeId())));
        }
        Map.Entry<Integer, Optional<NodeKey>> owner = starts.floorEntry(line);
        Optional<NodeKey> node = owner == null ? Optional.empty() : owner.getValue();
        Optional<String> field = node.flatMap(n -> field(lines, line, n));
        return new ProblemTarget(node, field, line, column);
    }

    /** The key written on the line; under a step's {@code params:} it is {@code params.KEY}. */
    private static Optional<String> field(List<String> lines, int line, NodeKey node) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(lines.get(line - 1));
        if (!key.find()) {
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
