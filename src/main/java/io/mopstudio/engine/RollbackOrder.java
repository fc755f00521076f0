package io.mopstudio.engine;

import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rollback steps a run needs, and in what order. A step that {@code compensates} forward
 * steps is needed only if one of them started; one without {@code compensates} always runs.
 * Compensations go in reverse dependency order: if forward step Y depended on X, the step undoing
 * Y runs before the step undoing X, as if the author had written that {@code depends_on}.
 */
final class RollbackOrder {

    private RollbackOrder() {
    }

    /** Rollback steps that are not needed, with the reason the audit records. */
    static Map<String, String> notNeeded(Mop mop, Set<String> startedForward) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Step step : mop.rollbackGraph()) {
            List<String> undoes = step.options().compensates();
            if (!undoes.isEmpty() && undoes.stream().noneMatch(startedForward::contains)) {
                out.put(step.id(), "not needed: " + String.join(", ", undoes)
                        + (undoes.size() == 1 ? " never started" : " never started, none of them"));
            }
        }
        return out;
    }

    /** Each rollback step's dependencies: as written, plus the implied reverse-dependency edges. */
    static Map<String, List<String>> dependencies(Mop mop) {
        Map<String, List<String>> deps = new LinkedHashMap<>();
        mop.rollbackGraph().forEach(step -> deps.put(step.id(), new ArrayList<>(step.dependsOn())));
        Map<String, Set<String>> forwardAncestors = forwardAncestors(mop);
        for (Step a : mop.rollbackGraph()) {
            for (Step b : mop.rollbackGraph()) {
                if (a != b && undoesALaterStep(b, a, forwardAncestors) && !reaches(deps, b.id(), a.id())) {
                    deps.get(a.id()).add(b.id());
                }
            }
        }
        return deps;
    }

    /** True if some step {@code later} undoes depended (transitively) on some step {@code earlier} undoes. */
    private static boolean undoesALaterStep(Step later, Step earlier, Map<String, Set<String>> ancestors) {
        for (String y : later.options().compensates()) {
            for (String x : earlier.options().compensates()) {
                if (!x.equals(y) && ancestors.getOrDefault(y, Set.of()).contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code from} already (transitively) depends on {@code to}; adding to -> from would close a loop. */
    private static boolean reaches(Map<String, List<String>> deps, String from, String to) {
        List<String> stack = new ArrayList<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!stack.isEmpty()) {
            String current = stack.remove(stack.size() - 1);
            if (current.equals(to)) {
                return true;
            }
            if (seen.add(current)) {
                stack.addAll(deps.getOrDefault(current, List.of()));
            }
        }
        return false;
    }

    private static Map<String, Set<String>> forwardAncestors(Mop mop) {
        Map<String, List<String>> direct = new LinkedHashMap<>();
        mop.executionGraph().forEach(step -> direct.put(step.id(), step.dependsOn()));
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String id : direct.keySet()) {
            Set<String> ancestors = new HashSet<>();
            List<String> stack = new ArrayList<>(direct.get(id));
            while (!stack.isEmpty()) {
                String current = stack.remove(stack.size() - 1);
                if (ancestors.add(current)) {
                    stack.addAll(direct.getOrDefault(current, List.of()));
                }
            }
            out.put(id, ancestors);
        }
        return out;
    }
}
