package io.mopstudio.ui.canvas;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one graph tab draws. The execution tab shows the whole forward run: the pre-checks as a
 * column before the steps that depend on nothing, the execution graph, and the validation checks
 * as a column after the steps nothing depends on. The rollback tab shows the rollback graph alone.
 */
public record MopGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public static final MopGraph EMPTY = new MopGraph(List.of(), List.of());

    public MopGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public static MopGraph of(Mop mop, GraphKind kind) {
        return kind == GraphKind.EXECUTION ? execution(mop) : steps(mop.rollbackGraph(), GraphKind.ROLLBACK);
    }

    static MopGraph execution(Mop mop) {
        MopGraph steps = steps(mop.executionGraph(), GraphKind.EXECUTION);
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>(steps.edges());
        List<NodeKey> firsts = steps.nodes().stream().map(GraphNode::key)
                .filter(key -> steps.edges().stream().noneMatch(e -> e.to().equals(key))).toList();
        List<NodeKey> lasts = steps.nodes().stream().map(GraphNode::key)
                .filter(key -> steps.edges().stream().noneMatch(e -> e.from().equals(key))).toList();
        List<NodeKey> validations = mop.validation().stream().map(c -> NodeKey.validation(c.nodeId())).toList();
        for (PreCheck preCheck : mop.preChecks()) {
            NodeKey key = NodeKey.preCheck(preCheck.nodeId());
            nodes.add(new GraphNode(key, preCheck.nodeId(), checkSubtitle("pre-check", preCheck.check())
                    + (preCheck.abortOnFail() ? "" : " · warn only"), NodeSummary.params(preCheck.check().params()),
                    NodeSummary.badges(preCheck.check())));
            // With no steps, the pre-checks lead straight to validation.
            (firsts.isEmpty() ? validations : firsts).forEach(to -> edges.add(new GraphEdge(key, to, true)));
        }
        nodes.addAll(steps.nodes());
        for (Check check : mop.validation()) {
            NodeKey key = NodeKey.validation(check.nodeId());
            nodes.add(new GraphNode(key, check.nodeId(), checkSubtitle("validation", check),
                    NodeSummary.params(check.params()), NodeSummary.badges(check)));
            lasts.forEach(from -> edges.add(new GraphEdge(from, key, true)));
        }
        return new MopGraph(nodes, edges);
    }

    private static MopGraph steps(List<Step> steps, GraphKind kind) {
        Set<String> ids = steps.stream().map(Step::id).collect(Collectors.toSet());
        List<GraphNode> nodes = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        for (Step step : steps) {
            NodeKey key = NodeKey.step(kind, step.id());
            String action = step.action().isEmpty() ? "(no action chosen)" : step.action();
            nodes.add(new GraphNode(key, step.id(), action, NodeSummary.params(step.params()),
                    NodeSummary.badges(step)));
            // A dependency on an unknown step is a load problem the Problems list shows; it has no arrow.
            step.dependsOn().stream().filter(ids::contains)
                    .forEach(dep -> edges.add(new GraphEdge(NodeKey.step(kind, dep), key, false)));
        }
        return new MopGraph(nodes, edges);
    }

    /** The role, and the check's name when the node id does not already say it (a repeated check is name#2). */
    private static String checkSubtitle(String role, Check check) {
        return check.nodeId().equals(check.check()) ? role : role + ": " + check.check();
    }
}
