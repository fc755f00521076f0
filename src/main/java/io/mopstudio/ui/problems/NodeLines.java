package io.mopstudio.ui.problems;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line each node's YAML starts on, both ways round: a finding's line to its node (the Problems
 * list), a selected node to its line (the YAML pane). A list, not a map: two nodes may share an id
 * while it is a duplicate the Problems list reports.
 */
public final class NodeLines {

    /** One node and the 1-based line its item starts on. */
    public record NodeLine(NodeKey node, int line) {
    }

    private NodeLines() {
    }

    /** Pre-checks, execution steps, rollback steps, validation checks, in that order. */
    public static List<NodeLine> of(Mop mop) {
        List<NodeLine> out = new ArrayList<>();
        for (PreCheck pre : mop.preChecks()) {
            out.add(new NodeLine(NodeKey.preCheck(pre.nodeId()), pre.check().position().line()));
        }
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                out.add(new NodeLine(NodeKey.step(kind, step.id()), step.position().line()));
            }
        }
        for (Check check : mop.validation()) {
            out.add(new NodeLine(NodeKey.validation(check.nodeId()), check.position().line()));
        }
        return out;
    }

    /** Where {@code node} starts, if the MOP has it. */
    public static Optional<Integer> lineOf(Mop mop, NodeKey node) {
        return of(mop).stream().filter(n -> n.node().equals(node)).map(NodeLine::line).findFirst();
    }
}
