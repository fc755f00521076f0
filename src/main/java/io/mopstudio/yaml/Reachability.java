package io.mopstudio.yaml;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Steps that can never start. In a DAG every step is reached from a root (a step with no
 * depends_on) once all it waits on has succeeded; a step that waits, directly or through others, on
 * a cycle, on itself or on an id that does not exist never starts. The cause is an error of its own
 * ({@link GraphChecks}); the steps stuck behind it get a warning naming what they wait on, since
 * fixing the cause is what frees them.
 */
final class Reachability {

    private Reachability() {
    }

    static List<Problem> check(Mop mop) {
        List<Problem> problems = new ArrayList<>();
        for (GraphKind kind : GraphKind.values()) {
            check(mop.graph(kind), kind, problems);
        }
        return problems;
    }

    private static void check(List<Step> graph, GraphKind kind, List<Problem> problems) {
        Map<String, Step> steps = new LinkedHashMap<>();
        graph.forEach(step -> steps.putIfAbsent(step.id(), step));
        Set<String> reachable = reachable(steps);
        for (Step step : steps.values()) {
            if (reachable.contains(step.id()) || causesItsOwnError(step, steps) || onCycle(step.id(), steps)) {
                continue;
            }
            String blocker = step.dependsOn().stream().filter(d -> !reachable.contains(d)).findFirst().orElse("?");
            problems.add(Problem.warning(step.position(), "graph.unreachable",
                    "step '" + step.id() + "' of " + kind.yamlKey() + " can never start: it waits on '" + blocker
                            + "', which can never finish (a cycle or a missing step upstream)"));
        }
    }

    /** Kahn's algorithm: a step is reachable once every step it depends on is. */
    private static Set<String> reachable(Map<String, Step> steps) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        List<String> ready = new ArrayList<>();
        for (Step step : steps.values()) {
            Set<String> distinct = new HashSet<>(step.dependsOn());
            waiting.put(step.id(), distinct.size());
            distinct.forEach(d -> dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(step.id()));
            if (distinct.isEmpty()) {
                ready.add(step.id());
            }
        }
        Set<String> reached = new HashSet<>();
        while (!ready.isEmpty()) {
            String id = ready.remove(ready.size() - 1);
            reached.add(id);
            for (String dependent : dependents.getOrDefault(id, List.of())) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        return reached;
    }

    /** Steps on a cycle are named by the cycle's error; only those stuck behind it need a word of their own. */
    private static boolean onCycle(String id, Map<String, Step> steps) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(steps.get(id).dependsOn());
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (next.equals(id)) {
                return true;
            }
            if (seen.add(next) && steps.containsKey(next)) {
                todo.addAll(steps.get(next).dependsOn());
            }
        }
        return false;
    }

    /** Self-dependencies and unknown ids are reported as errors on the step itself. */
    private static boolean causesItsOwnError(Step step, Map<String, Step> steps) {
        return step.dependsOn().stream().anyMatch(d -> d.equals(step.id()) || !steps.containsKey(d));
    }
}
