package io.mopstudio.ui.builder;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import io.mopstudio.ui.canvas.NodeKey;
import java.util.List;
import java.util.Optional;

/** The 1-based line of the file where a node's YAML starts, for the YAML pane to show it. */
final class NodeSourceLine {

    private NodeSourceLine() {
    }

    static Optional<Integer> of(Mop mop, NodeKey node) {
        return switch (node.kind()) {
            case EXECUTION_STEP -> mop.step(GraphKind.EXECUTION, node.id()).map(Step::position).map(p -> p.line());
            case ROLLBACK_STEP -> mop.step(GraphKind.ROLLBACK, node.id()).map(Step::position).map(p -> p.line());
            case PRE_CHECK -> check(mop.preChecks().stream().map(p -> p.check()).toList(), node.id());
            case VALIDATION -> check(mop.validation(), node.id());
        };
    }

    private static Optional<Integer> check(List<Check> checks, String nodeId) {
        return checks.stream().filter(c -> c.nodeId().equals(nodeId)).findFirst().map(c -> c.position().line());
    }
}
