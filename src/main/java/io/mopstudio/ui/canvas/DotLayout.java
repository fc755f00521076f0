package io.mopstudio.ui.canvas;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.Rank;
import guru.nidi.graphviz.attribute.Shape;
import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One graphviz {@code dot} layout, left to right: nodes are fixed-size boxes the size the canvas
 * draws them, named n0, n1... so that their text never reaches graphviz. Must run on the thread
 * that chose the engine (see {@link io.mopstudio.render.GraphvizEngines}).
 */
final class DotLayout {

    private DotLayout() {
    }

    static GraphLayout layout(MopGraph graph, String engineName) {
        Map<String, NodeKey> names = new LinkedHashMap<>();
        Map<NodeKey, MutableNode> nodes = new HashMap<>();
        MutableGraph dot = mutGraph("mop").setDirected(true);
        dot.graphAttrs().add(Rank.dir(Rank.RankDir.LEFT_TO_RIGHT), Attributes.attr("nodesep", 0.4),
                Attributes.attr("ranksep", 0.9));
        dot.nodeAttrs().add(Shape.BOX, Label.of(""), Attributes.attr("fixedsize", true),
                Attributes.attr("width", NodeSize.WIDTH / 72), Attributes.attr("height", NodeSize.HEIGHT / 72));
        for (GraphNode node : graph.nodes()) {
            String name = "n" + names.size();
            names.put(name, node.key());
            MutableNode dotNode = mutNode(name);
            nodes.put(node.key(), dotNode);
            dot.add(dotNode);
        }
        for (GraphEdge edge : graph.edges()) {
            nodes.get(edge.from()).addLink(nodes.get(edge.to()));
        }
        String plain = Graphviz.fromGraph(dot).render(Format.PLAIN).toString();
        return PlainLayoutParser.parse(plain, names, graph, "graphviz dot (" + engineName + ")");
    }
}
