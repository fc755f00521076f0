package io.mopstudio.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.attribute.Style;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A MOP's graphs as a picture for change tickets and wikis: the execution graph (with its pre-checks
 * before and validation after, dashed) and the rollback graph, left to right, each node labelled
 * with its id and action. Must run on the thread that chose the graphviz engine (see {@link GraphvizEngines}).
 */
public final class MopRender {

    /** What can be written: the vector picture, or a raster one. */
    public enum Kind { SVG, PNG }

    private MopRender() {
    }

    public static MutableGraph graph(Mop mop) {
        MutableGraph root = mutGraph(mop.mopId()).setDirected(true);
        root.graphAttrs().add(Rank.dir(Rank.RankDir.LEFT_TO_RIGHT), Label.of(mop.mopId() + " — " + mop.name()),
                Attributes.attr("fontname", "Helvetica"));
        root.nodeAttrs().add(Shape.BOX, Style.ROUNDED, Attributes.attr("fontname", "Helvetica"),
                Attributes.attr("fontsize", 11));
        // Listed rollback first: left to right, dot stacks the clusters in the opposite order, and the
        // execution graph reads first (on top) in a change ticket.
        if (!mop.rollbackGraph().isEmpty()) {
            root.add(cluster(mop, GraphKind.ROLLBACK));
        }
        root.add(cluster(mop, GraphKind.EXECUTION));
        return root;
    }

    private static MutableGraph cluster(Mop mop, GraphKind kind) {
        MutableGraph cluster = mutGraph("cluster_" + kind.yamlKey()).setDirected(true).setCluster(true);
        cluster.graphAttrs().add(Label.of(kind.yamlKey()), Attributes.attr("style", "dashed"));
        String prefix = kind == GraphKind.EXECUTION ? "x:" : "r:";
        Map<String, MutableNode> steps = new HashMap<>();
        for (Step step : mop.graph(kind)) {
            MutableNode node = mutNode(prefix + step.id()).add(Label.lines(step.id(), step.action()));
            steps.put(step.id(), node);
            cluster.add(node);
        }
        for (Step step : mop.graph(kind)) {
            step.dependsOn().stream().filter(steps::containsKey)
                    .forEach(dep -> steps.get(dep).addLink(steps.get(step.id())));
        }
        if (kind == GraphKind.EXECUTION) {
            List<Step> firsts = mop.executionGraph().stream().filter(s -> s.dependsOn().isEmpty()).toList();
            List<Step> lasts = mop.executionGraph().stream().filter(s -> mop.executionGraph().stream()
                    .noneMatch(o -> o.dependsOn().contains(s.id()))).toList();
            for (PreCheck pre : mop.preChecks()) {
                MutableNode node = check("pre:" + pre.nodeId(), pre.nodeId(), "pre-check");
                cluster.add(node);
                firsts.forEach(s -> node.addLink(guru.nidi.graphviz.model.Factory.to(steps.get(s.id()))
                        .with(Style.DASHED)));
            }
            for (Check check : mop.validation()) {
                MutableNode node = check("val:" + check.nodeId(), check.nodeId(), "validation");
                cluster.add(node);
                lasts.forEach(s -> steps.get(s.id()).addLink(guru.nidi.graphviz.model.Factory.to(node)
                        .with(Style.DASHED)));
            }
        }
        return cluster;
    }

    private static MutableNode check(String name, String id, String role) {
        return mutNode(name).add(Shape.ELLIPSE, Label.lines(id, role));
    }

    /** Writes the picture; the engine must already be chosen on this thread. */
    public static void write(Mop mop, Kind kind, File out) throws IOException {
        Graphviz.fromGraph(graph(mop)).render(kind == Kind.SVG ? Format.SVG : Format.PNG).toFile(out);
    }
}
