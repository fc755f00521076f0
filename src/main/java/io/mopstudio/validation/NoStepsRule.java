package io.mopstudio.validation;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import java.util.List;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A MOP whose execution_graph has no steps changes nothing; run refuses it. A warning, not an error:
 * a new MOP starts that way and is built from there.
 */
final class NoStepsRule {

    static final String MESSAGE = "execution_graph has no steps yet: a run would change nothing, so run refuses it;"
            + " add a step (drag an action from the palette, or write one under execution_graph)";

    private NoStepsRule() {
    }

    static List<Problem> check(Mop mop, MopNodes nodes) {
        // Only for a list written empty: a missing or misshapen execution_graph is already an error.
        return nodes.top()
                .filter(top -> mop.executionGraph().isEmpty() && top.node("execution_graph")
                        .filter(graph -> graph instanceof SequenceNode list && list.getValue().isEmpty()).isPresent())
                .map(top -> List.of(Problem.warning(top.keyPosition("execution_graph"), "graph.no_steps", MESSAGE)))
                .orElse(List.of());
    }
}
