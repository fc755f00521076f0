package io.mopstudio.validation;

import io.mopstudio.model.Mop;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Step;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A step that asks for {@code on_failure: rollback} in a MOP with no rollback_graph: the author
 * expects an undo that does not exist. Only a written rollback is flagged; the default is the
 * format's, not the author's choice.
 */
final class RollbackRules {

    private RollbackRules() {
    }

    static List<Problem> check(Mop mop, MopNodes nodes) {
        List<Problem> problems = new ArrayList<>();
        if (!mop.rollbackGraph().isEmpty()) {
            return problems;
        }
        for (Step step : mop.executionGraph()) {
            if (step.onFailure() != OnFailure.ROLLBACK) {
                continue;
            }
            nodes.item(step.position()).flatMap(fields -> fields.node("on_failure"))
                    .filter(node -> node instanceof ScalarNode scalar && scalar.getValue().equalsIgnoreCase("rollback"))
                    .ifPresent(node ->
                    problems.add(Problem.warning(nodes.position(node), "graph.rollback_missing",
                            "step '" + step.id() + "' says on_failure: rollback, but the MOP has no rollback_graph,"
                                    + " so a failure only stops the run; add rollback steps or say abort")));
        }
        return problems;
    }
}
