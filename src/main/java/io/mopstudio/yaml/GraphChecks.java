package io.mopstudio.yaml;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Graph rules: unique ids across both graphs, known dependencies, no self-dependency, no cycles. A
 * wrong reference is reported at the list entry that names it, so the Problems list and the YAML
 * pane take the author to the {@code depends_on} or {@code compensates} they must fix, not to the
 * step's {@code id}.
 */
final class GraphChecks {

    private GraphChecks() {
    }

    static List<Problem> check(Mop mop, MopNodes nodes) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Step> allIds = new HashMap<>();
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                Step first = allIds.putIfAbsent(step.id(), step);
                if (first != null) {
                    problems.add(Problem.error(step.position(), "graph.duplicate_id",
                            "duplicate step id '" + step.id() + "' (first used at line " + first.position().line()
                                    + "); ids must be unique across execution_graph and rollback_graph"));
                }
            }
        }
        for (GraphKind kind : GraphKind.values()) {
            checkGraph(mop, kind, nodes, problems);
        }
        checkCompensates(mop, nodes, problems);
        return problems;
    }

    /** A rollback step undoes forward work: every id in its compensates must be an execution step. */
    private static void checkCompensates(Mop mop, MopNodes nodes, List<Problem> problems) {
        java.util.Set<String> execution = new java.util.LinkedHashSet<>();
        mop.executionGraph().forEach(step -> execution.add(step.id()));
        for (Step step : mop.rollbackGraph()) {
            for (String target : step.options().compensates()) {
                if (execution.contains(target)) {
                    continue;
                }
                String why = mop.step(GraphKind.ROLLBACK, target).isPresent()
                        ? "; it is a rollback step, and compensates names the execution_graph steps this step undoes"
                        : Suggestions.nearest(target, execution).map(s -> "; did you mean '" + s + "'?")
                                .orElse(listed(execution));
                problems.add(Problem.error(entry(nodes, step, "compensates", target), "graph.unknown_compensates",
                        "rollback step '" + step.id() + "' compensates '" + target
                                + "', which is not a step of execution_graph" + why));
            }
        }
    }

    private static void checkGraph(Mop mop, GraphKind kind, MopNodes nodes, List<Problem> problems) {
        Map<String, Step> steps = new LinkedHashMap<>();
        mop.graph(kind).forEach(step -> steps.putIfAbsent(step.id(), step));
        GraphKind other = kind == GraphKind.EXECUTION ? GraphKind.ROLLBACK : GraphKind.EXECUTION;
        boolean referencesOk = true;
        for (Step step : steps.values()) {
            for (String dependency : step.dependsOn()) {
                if (dependency.equals(step.id())) {
                    problems.add(Problem.error(entry(nodes, step, "depends_on", dependency), "graph.self_dependency",
                            "step '" + step.id() + "' depends on itself"));
                    referencesOk = false;
                } else if (!steps.containsKey(dependency)) {
                    String where = mop.step(other, dependency).isPresent()
                            ? "; it is in " + other.yamlKey() + ", and a step may only depend on steps of its own graph"
                            : Suggestions.nearest(dependency, steps.keySet())
                                    .map(s -> "; did you mean '" + s + "'?").orElse(listed(steps.keySet()));
                    problems.add(Problem.error(entry(nodes, step, "depends_on", dependency),
                            "graph.unknown_dependency",
                            "step '" + step.id() + "' depends on '" + dependency + "', which is not a step of "
                                    + kind.yamlKey() + where));
                    referencesOk = false;
                }
            }
        }
        if (referencesOk) {
            // The cycle reads a -> b -> ... -> a, each step waiting on the next: a's entry naming b closes it.
            findCycle(steps).ifPresent(cycle -> problems.add(Problem.error(
                    entry(nodes, steps.get(cycle.get(0)), "depends_on", cycle.get(1)),
                    "graph.cycle", "depends_on forms a cycle: " + String.join(" -> ", cycle))));
        }
    }

    /** The ids to choose from, when none is near enough to suggest: "; its steps: a, b, c". */
    private static String listed(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return "; it has no steps yet";
        }
        List<String> shown = ids.stream().limit(10).toList();
        return "; its steps: " + String.join(", ", shown) + (ids.size() > shown.size() ? ", …" : "");
    }

    /** Where the step's list {@code key} names {@code value}; the key, or the step, when not found there. */
    private static SourcePosition entry(MopNodes nodes, Step step, String key, String value) {
        return nodes.item(step.position()).map(fields -> {
            Node list = fields.node(key).orElse(null);
            if (list instanceof SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    if (item instanceof ScalarNode scalar && scalar.getValue().equals(value)) {
                        return nodes.position(scalar);
                    }
                }
            }
            return list == null ? step.position() : fields.keyPosition(key);
        }).orElse(step.position());
    }

    /** Depth-first search; returns the first loop found as ids, closing back on its first id. */
    private static java.util.Optional<List<String>> findCycle(Map<String, Step> steps) {
        Map<String, Integer> state = new HashMap<>();
        for (String start : steps.keySet()) {
            List<String> path = new ArrayList<>();
            java.util.Optional<List<String>> cycle = visit(start, steps, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<List<String>> visit(String id, Map<String, Step> steps,
            Map<String, Integer> state, List<String> path) {
        int current = state.getOrDefault(id, 0);
        if (current == 2) {
            return java.util.Optional.empty();
        }
        if (current == 1) {
            List<String> loop = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            loop.add(id);
            return java.util.Optional.of(loop);
        }
        state.put(id, 1);
        path.add(id);
        for (String dependency : steps.get(id).dependsOn()) {
            java.util.Optional<List<String>> cycle = visit(dependency, steps, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return java.util.Optional.empty();
    }
}
