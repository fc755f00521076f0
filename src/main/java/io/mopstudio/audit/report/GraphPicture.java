package io.mopstudio.audit.report;

import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of a run's graphs as an inline SVG, each node filled with the state it ended in. The
 * execution picture puts the pre-checks before the steps that depend on nothing and the validation
 * checks after the steps nothing depends on, as the window's canvas does; the rollback picture is
 * the rollback graph alone. Laid out here, in plain Java, so that a report needs no Graphviz, no
 * JavaFX and no thread of its own: each node sits one column right of its longest chain of
 * predecessors.
 */
final class GraphPicture {

    private static final double WIDTH = 180;
    private static final double HEIGHT = 56;
    private static final double COLUMN_GAP = 60;
    private static final double ROW_GAP = 22;
    private static final double MARGIN = 16;

    /** A box of the picture; {@code lane} is the graph or check phase {@link FinalStates} knows it by. */
    private record Node(String lane, String id, String subtitle) {
        String key() {
            return lane + "/" + id;
        }
    }

    private record Edge(String from, String to, boolean dashed) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    private GraphPicture() {
    }

    /** The picture of {@code kind}, or empty text when that graph has nothing to draw. */
    static String of(Mop mop, GraphKind kind, FinalStates states) {
        GraphPicture picture = new GraphPicture();
        picture.addSteps(mop.graph(kind), kind);
        if (kind == GraphKind.EXECUTION) {
            picture.addChecks(mop);
        }
        return picture.nodes.isEmpty() ? "" : picture.draw(kind, states);
    }

    private void addSteps(List<Step> steps, GraphKind kind) {
        for (Step step : steps) {
            nodes.add(new Node(kind.name(), step.id(), step.action()));
        }
        for (Step step : steps) {
            step.dependsOn().stream().filter(dep -> steps.stream().anyMatch(s -> s.id().equals(dep)))
                    .forEach(dep -> edges.add(new Edge(kind.name() + "/" + dep, kind.name() + "/" + step.id(), false)));
        }
    }

    private void addChecks(Mop mop) {
        List<String> stepKeys = nodes.stream().map(Node::key).toList();
        List<String> entries = stepKeys.stream().filter(k -> edges.stream().noneMatch(e -> e.to().equals(k))).toList();
        List<String> exits = stepKeys.stream().filter(k -> edges.stream().noneMatch(e -> e.from().equals(k))).toList();
        List<String> validations = mop.validation().stream().map(c -> FinalStates.VALIDATION + "/" + c.nodeId()).toList();
        List<Node> before = new ArrayList<>();
        for (PreCheck pre : mop.preChecks()) {
            Node node = new Node(FinalStates.PRE_CHECK, pre.nodeId(), "pre-check" + (pre.abortOnFail() ? "" : ", warn only"));
            before.add(node);
            (entries.isEmpty() ? validations : entries).forEach(to -> edges.add(new Edge(node.key(), to, true)));
        }
        nodes.addAll(0, before);
        for (Check check : mop.validation()) {
            Node node = new Node(FinalStates.VALIDATION, check.nodeId(), "validation");
            nodes.add(node);
            exits.forEach(from -> edges.add(new Edge(from, node.key(), true)));
        }
    }

    private String draw(GraphKind kind, FinalStates states) {
        Map<String, Integer> column = columns();
        Map<Integer, List<Node>> byColumn = new LinkedHashMap<>();
        nodes.forEach(n -> byColumn.computeIfAbsent(column.get(n.key()), c -> new ArrayList<>()).add(n));
        int rows = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
        int columns = byColumn.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double height = 2 * MARGIN + rows * HEIGHT + (rows - 1) * ROW_GAP;
        double width = 2 * MARGIN + columns * WIDTH + (columns - 1) * COLUMN_GAP;
        Map<String, double[]> at = new HashMap<>();
        byColumn.forEach((c, inColumn) -> {
            double top = (height - inColumn.size() * HEIGHT - (inColumn.size() - 1) * ROW_GAP) / 2;
            for (int i = 0; i < inColumn.size(); i++) {
                at.put(inColumn.get(i).key(), new double[] {MARGIN + c * (WIDTH + COLUMN_GAP), top + i * (HEIGHT + ROW_GAP)});
            }
        });
        String name = kind == GraphKind.EXECUTION ? "execution-graph" : "rollback-graph";
        Svg svg = new Svg(name, width, height, (kind == GraphKind.EXECUTION ? "Execution graph" : "Rollback graph")
                + ", each node coloured by how it ended");
        for (Edge edge : edges) {
            double[] from = at.get(edge.from());
            double[] to = at.get(edge.to());
            svg.arrow(from[0] + WIDTH, from[1] + HEIGHT / 2, to[0], to[1] + HEIGHT / 2, edge.dashed());
        }
        for (Node node : nodes) {
            double[] xy = at.get(node.key());
            String state = states.of(node.lane(), node.id());
            svg.rect(xy[0], xy[1], WIDTH, HEIGHT, Palette.of(state), Svg.attr("class", "node")
                    + Svg.attr("data-node", node.key()) + Svg.attr("data-state", state)
                    + (state.equals(FinalStates.NOT_RUN) ? " stroke-dasharray=\"4 3\"" : ""),
                    node.id() + " (" + node.subtitle() + "): " + Palette.word(state));
            svg.text(xy[0] + 8, xy[1] + 18, clip(node.id(), 24), " font-size=\"12\" font-weight=\"bold\"");
            svg.text(xy[0] + 8, xy[1] + 34, clip(node.subtitle(), 28), " font-size=\"10\" fill=\"#57606a\"");
            svg.text(xy[0] + 8, xy[1] + 49, Palette.word(state), " font-size=\"10\"");
        }
        return svg.done();
    }

    /**
     * Longest-path columns in a topological order; a node on a cycle (which the loader reports,
     * and which never ran) stays in the column it had when the order ran out.
     */
    private Map<String, Integer> columns() {
        Map<String, Integer> column = new HashMap<>();
        Map<String, Integer> waitingFor = new HashMap<>();
        nodes.forEach(n -> {
            column.put(n.key(), 0);
            waitingFor.put(n.key(), 0);
        });
        edges.forEach(e -> waitingFor.merge(e.to(), 1, Integer::sum));
        List<String> ready = new ArrayList<>(nodes.stream().map(Node::key).filter(k -> waitingFor.get(k) == 0).toList());
        while (!ready.isEmpty()) {
            String from = ready.remove(0);
            for (Edge edge : edges) {
                if (edge.from().equals(from)) {
                    column.merge(edge.to(), column.get(from) + 1, Math::max);
                    if (waitingFor.merge(edge.to(), -1, Integer::sum) == 0) {
                        ready.add(edge.to());
                    }
                }
            }
        }
        return column;
    }

    private static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
