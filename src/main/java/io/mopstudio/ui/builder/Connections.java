package io.mopstudio.ui.builder;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Step;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether a new dependency may be drawn, and if not, the reason shown beside the pointer. */
final class Connections {

    private Connections() {
    }

    /** Why {@code to} may not wait for {@code from} in {@code graph}, or empty when it may. */
    static Optional<String> refusal(Mop mop, GraphKind graph, NodeKey from, NodeKey to) {
        NodeKind stepKind = NodeKind.step(graph);
        if (from.kind() != stepKind || to.kind() != stepKind) {
            return Optional.of("only steps are connected; pre-checks and validation run around the graph");
        }
        if (from.equals(to)) {
            return Optional.of("a step cannot wait for itself");
        }
        Optional<Step> target = mop.step(graph, to.id());
        if (target.isEmpty() || mop.step(graph, from.id()).isEmpty()) {
            return Optional.of("the step is not in this graph");
        }
        if (target.get().dependsOn().contains(from.id())) {
            return Optional.of(to.id() + " already waits for " + from.id());
        }
        return path(mop.graph(graph), from.id(), to.id())
                .map(p -> "would close a cycle: " + String.join(" → ", p) + " → " + to.id());
    }

    /** The steps from {@code wanted} to {@code start} in run order, when start waits (through others) for wanted. */
    private static Optional<List<String>> path(List<Step> steps, String start, String wanted) {
        Map<String, List<String>> dependsOn = new HashMap<>();
        steps.forEach(s -> dependsOn.put(s.id(), s.dependsOn()));
        Map<String, String> reachedFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        reachedFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(wanted)) {
                List<String> out = new ArrayList<>();
                for (String s = at; !s.equals(start); s = reachedFrom.get(s)) {
                    out.add(s);
                }
                out.add(start);
                return Optional.of(out);
            }
            for (String next : dependsOn.getOrDefault(at, List.of())) {
                if (reachedFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return Optional.empty();
    }
}
