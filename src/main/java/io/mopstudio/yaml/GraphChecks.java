package io.mopstudio.yaml;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Graph rules: unique ids across both graphs, known dependencies, no self-dependency, no cycles. */
final class GraphChecks {

    private GraphChecks() {
    }

    static List<Problem> check(Mop mop) {
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
            checkGraph(mop, kind, problems);
        }
        checkCompensates(mop, problems);
        return problems;
    }

    /** A rollback step undoes forward work: every id in its compensates must be an execution step. */
    private static void checkCompensates(Mop mop, List<Problem> problems) {
        java.util.Set<String> execution = new java.util.LinkedHashSet<>();
        mop.executionGraph().forEach(step -> execution.add(step.id()));
        for (Step step : mop.rollbackGraph()) {
            for (String target : step.options().compensates()) {
                if (execution.contains(target)) {
                    continue;
                }
                String why = mop.step(GraphKind.ROLLBACK, target).isPresent()
                        ? "; it is a rollback step, and compensates names the execution_graph steps this step undoes"
                        : Suggestions.nearest(target, execution).map(s -> "; did you mean '" + s + "'?").orElse("");
                problems.add(Problem.error(step.position(), "graph.unknown_compensates",
                        "rollback step '" + step.id() + "' compensates '" + target
                                + "', which is not a step of execution_graph" + why));
            }
        }
    }

    private static void checkGraph(Mop mop, GraphKind kind, List<Problem> problems) {
        Map<String, Step> steps = new LinkedHashMap<>();
        mop.graph(kind).forEach(step -> steps.putIfAbsent(step.id(), step));
        GraphKind other = kind == GraphKind.EXECUTION ? GraphKind.ROLLBACK : GraphKind.EXECUTION;
        boolean referencesOk = true;
        for (Step step : steps.values()) {
            for (String dependency : step.dependsOn()) {
                if (dependency.equals(step.id())) {
                    problems.add(Problem.error(step.position(), "graph.self_dependency",
                            "step '" + step.id() + "' depends on itself"));
                    referencesOk = false;
                } else if (!steps.containsKey(dependency)) {
                    String where = mop.step(other, dependency).isPresent()
                            ? "; it is in " + other.yamlKey() + ", and a step may only depend on steps of its own graph"
                            : Suggestions.nearest(dependency, steps.keySet())
                                    .map(s -> "; did you mean '" + s + "'?").orElse("");
                    problems.add(Problem.error(step.position(), "graph.unknown_dependency",
                            "step '" + step.id() + "' depends on '" + dependency + "', which is not a step of "
                                    + kind.yamlKey() + where));
                    referencesOk = false;
                }
            }
        }
        if (referencesOk) {
            findCycle(steps).ifPresent(cycle -> problems.add(Problem.error(steps.get(cycle.get(0)).position(),
                    "graph.cycle", "depends_on forms a cycle: " + String.join(" -> ", cycle))));
        }
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
