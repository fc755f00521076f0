package io.mopstudio.validation;

import io.mopstudio.model.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which steps of one graph surely finish before a given step starts: its ancestors through depends_on. */
final class StepOrder {

    private final Map<String, Step> steps = new HashMap<>();
    private final Map<String, Set<String>> ancestors = new HashMap<>();

    StepOrder(List<Step> graph) {
        graph.forEach(step -> steps.putIfAbsent(step.id(), step));
    }

    boolean contains(String id) {
        return steps.containsKey(id);
    }

    /** Computed on demand, since only steps that read other steps' outputs need it; cycles are tolerated. */
    Set<String> ancestorsOf(String id) {
        Set<String> known = ancestors.get(id);
        if (known != null) {
            return known;
        }
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependencies(id));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (out.add(next)) {
                todo.addAll(dependencies(next));
            }
        }
        ancestors.put(id, out);
        return out;
    }

    private List<String> dependencies(String id) {
        Step step = steps.get(id);
        return step == null ? List.of() : step.dependsOn();
    }
}
