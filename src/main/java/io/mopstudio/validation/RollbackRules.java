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
 * format's, not the author's choice. And {@code on_failure} written on a rollback step: there is no
 * rollback of a rollback, a failing rollback step always ends the run ROLLBACK_FAILED, so the
 * author expects a choice the engine does not make.
 */
final class RollbackRules {

    private RollbackRules() {
    }

    static List<Problem> check(Mop mop, MopNodes nodes) {
        List<Problem> problems = new ArrayList<>();
        for (Step step : mop.rollbackGraph()) {
            nodes.item(step.position()).flatMap(fields -> fields.node("on_failure")).ifPresent(node ->
                    problems.add(Problem.warning(nodes.position(node), "graph.rollback_on_failure",
                            "rollback step '" + step.id() + "' says on_failure, which a rollback step does not"
                                    + " take: a failing rollback step ends the run ROLLBACK_FAILED for a human to"
                                    + " take over (there is no rollback of a rollback); remove it")));
        }
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
