package io.mopstudio.ui.builder;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.ui.canvas.CanvasActions;
import io.mopstudio.ui.canvas.GraphCanvasViewModel;
import io.mopstudio.ui.canvas.GraphEdge;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeKind;
import io.mopstudio.ui.canvas.NodeSize;
import io.mopstudio.ui.canvas.PlacedLayout;
import io.mopstudio.ui.canvas.Point;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.StepIds;
import io.mopstudio.yaml.edit.AddDependency;
import io.mopstudio.yaml.edit.AddItem;
import io.mopstudio.yaml.edit.AddStep;
import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.RemoveDependency;
import io.mopstudio.yaml.edit.RemoveItem;
import io.mopstudio.yaml.edit.RemoveStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The canvas gestures of one graph tab as document edits: each is one command on the undo stack,
 * text and positions together. What cannot be done is said through {@code notify}, never thrown.
 */
public final class GraphEditor implements CanvasActions {

    static final String ACTION = "action:";
    static final String CHECK = "check:";
    /** Where a pasted copy goes relative to the original, so both stay visible. */
    static final double PASTE_OFFSET = 40;

    private final MopDocument document;
    private final GraphKind graph;
    private final GraphCanvasViewModel canvas;
    private final Clipboard clipboard;
    private final Consumer<String> notify;

    /** The builder's one clipboard, shared by both graphs. */
    static final class Clipboard {
        private StepClipboard content = StepClipboard.EMPTY;

        StepClipboard get() {
            return content;
        }

        void set(StepClipboard next) {
            content = next;
        }
    }

    GraphEditor(MopDocument document, GraphKind graph, GraphCanvasViewModel canvas, Clipboard clipboard,
            Consumer<String> notify) {
        this.document = document;
        this.graph = graph;
        this.canvas = canvas;
        this.clipboard = clipboard;
        this.notify = notify;
    }

    @Override
    public Optional<String> refuseConnection(NodeKey from, NodeKey to) {
        return document.getMop().flatMap(mop -> Connections.refusal(mop, graph, from, to));
    }

    @Override
    public void connect(NodeKey from, NodeKey to) {
        Optional<String> refused = refuseConnection(from, to);
        if (refused.isPresent()) {
            notify.accept("Not connected: " + refused.get());
            return;
        }
        report(document.apply("connect " + from.id() + " → " + to.id(), new AddDependency(to.id(), from.id())));
    }

    @Override
    public void move(Map<NodeKey, Point> topLefts) {
        document.move(topLefts.entrySet().stream().map(e -> PlacedLayout.position(e.getKey(), e.getValue())).toList());
    }

    @Override
    public void delete(Set<NodeKey> nodes, Optional<GraphEdge> edge) {
        Optional<Mop> mop = document.getMop();
        if (mop.isEmpty()) {
            return;
        }
        if (nodes.isEmpty() && edge.isPresent() && !edge.get().gate()) {
            GraphEdge e = edge.get();
            report(document.apply("remove dependency", new RemoveDependency(e.to().id(), e.from().id())));
            return;
        }
        List<MopEdit> edits = new ArrayList<>();
        nodes.stream().filter(k -> !k.kind().isCheck()).forEach(k -> edits.add(new RemoveStep(k.id())));
        // Later items first, so that each index still names the item it was chosen for.
        removeChecks(edits, nodes, NodeKind.PRE_CHECK, "pre_checks",
                mop.get().preChecks().stream().map(PreCheck::nodeId).toList());
        removeChecks(edits, nodes, NodeKind.VALIDATION, "validation",
                mop.get().validation().stream().map(Check::nodeId).toList());
        if (edits.isEmpty()) {
            return;
        }
        Set<io.mopstudio.layout.NodeKey> gone = Set.copyOf(nodes.stream().map(PlacedLayout::layoutKey).toList());
        UnaryOperator<Layout> dropPositions = layout -> new Layout(layout.positions().stream()
                .filter(p -> !gone.contains(p.key())).toList());
        List<String> widened = rollbackStepsLeftWithoutCompensates(mop.get(), nodes);
        String named = nodes.size() == 1 ? nodes.iterator().next().id() : nodes.size() + " nodes";
        Optional<String> refused = document.apply("delete " + named, edits, dropPositions);
        report(refused);
        if (refused.isEmpty()) {
            notify.accept("Deleted " + named + (widened.isEmpty() ? ""
                    : ". Rollback step " + String.join(", ", widened) + " compensated only what was deleted and now"
                            + " runs on every rollback: set its compensates, or delete it (Ctrl+Z undoes the delete)"));
        }
        canvas.clearSelection();
    }

    /**
     * Rollback steps whose compensates names only execution steps being deleted: the reference goes with
     * the step, and a rollback step without compensates runs on every rollback, so it is said out loud.
     */
    private static List<String> rollbackStepsLeftWithoutCompensates(Mop mop, Set<NodeKey> deleted) {
        Set<String> steps = Set.copyOf(deleted.stream().filter(k -> k.kind() == NodeKind.EXECUTION_STEP)
                .map(NodeKey::id).toList());
        return mop.rollbackGraph().stream()
                .filter(step -> !step.options().compensates().isEmpty()
                        && steps.containsAll(step.options().compensates()))
                .map(step -> "'" + step.id() + "'").toList();
    }

    private static void removeChecks(List<MopEdit> edits, Set<NodeKey> nodes, NodeKind kind, String list,
            List<String> nodeIds) {
        nodes.stream().filter(k -> k.kind() == kind).map(k -> nodeIds.indexOf(k.id())).filter(i -> i >= 0)
                .sorted(Comparator.reverseOrder()).forEach(i -> edits.add(new RemoveItem(list, i)));
    }

    @Override
    public void drop(String paletteItem, Point at) {
        Optional<Mop> mop = document.getMop();
        if (mop.isEmpty()) {
            notify.accept("Fix the YAML first: the text does not read as a MOP (see Problems)");
            return;
        }
        Point topLeft = new Point(Math.max(0, at.x() - NodeSize.WIDTH / 2), Math.max(0, at.y() - NodeSize.HEIGHT / 2));
        if (paletteItem.startsWith(ACTION)) {
            String action = paletteItem.substring(ACTION.length());
            String id = StepIds.forAction(action, StepIds.taken(mop.get()));
            NodePosition position = PlacedLayout.position(NodeKey.step(graph, id), topLeft);
            report(document.apply("add step " + id, List.of(new AddStep(graph, "id: " + id + "\naction: " + action)),
                    layout -> layout.with(position)));
            canvas.select(NodeKey.step(graph, id), false);
        } else if (paletteItem.startsWith(CHECK)) {
            dropCheck(mop.get(), paletteItem.substring(CHECK.length()), at, topLeft);
        }
    }

    /** A check dropped left of every step is a pre-check; anywhere else it validates the result. */
    private void dropCheck(Mop mop, String check, Point at, Point topLeft) {
        if (graph == GraphKind.ROLLBACK) {
            notify.accept("Checks belong to the execution graph: drop " + check + " there, as a pre-check or a"
                    + " validation check");
            return;
        }
        double leftmost = mop.executionGraph().stream().map(s -> canvasPosition(NodeKey.step(graph, s.id())))
                .flatMap(Optional::stream).mapToDouble(Point::x).min().orElse(Double.MAX_VALUE);
        boolean pre = at.x() < leftmost;
        NodeKind kind = pre ? NodeKind.PRE_CHECK : NodeKind.VALIDATION;
        List<String> existing = pre ? mop.preChecks().stream().map(p -> p.check().check()).toList()
                : mop.validation().stream().map(Check::check).toList();
        long same = existing.stream().filter(check::equals).count();
        String nodeId = same == 0 ? check : check + "#" + (same + 1);
        NodeKey key = new NodeKey(kind, nodeId);
        report(document.apply("add " + (pre ? "pre-check " : "validation check ") + check,
                List.of(new AddItem(pre ? "pre_checks" : "validation", "check: " + check)),
                layout -> layout.with(PlacedLayout.position(key, topLeft))));
        canvas.select(key, false);
    }

    private Optional<Point> canvasPosition(NodeKey key) {
        return PlacedLayout.topLeft(document.getLayout(), key);
    }

    @Override
    public void copy(Set<NodeKey> nodes) {
        Optional<Mop> mop = document.getMop();
        if (mop.isEmpty()) {
            return;
        }
        List<StepClipboard.Copied> copied = new ArrayList<>();
        for (Step step : mop.get().graph(graph)) {
            NodeKey key = NodeKey.step(graph, step.id());
            if (nodes.contains(key)) {
                PasteEdits.written(document, step.id()).ifPresent(yaml -> copied.add(new StepClipboard.Copied(
                        step.id(), yaml, step.dependsOn(), canvasPosition(key).orElse(new Point(0, 0)))));
            }
        }
        if (!copied.isEmpty()) {
            clipboard.set(new StepClipboard(copied));
            notify.accept("Copied " + copied.size() + (copied.size() == 1 ? " step" : " steps"));
        }
    }

    @Override
    public void paste(Point at) {
        StepClipboard content = clipboard.get();
        if (content.steps().isEmpty() || document.getMop().isEmpty()) {
            return;
        }
        Point first = content.steps().get(0).at();
        Point shift = new Point(at.x() - first.x(), at.y() - first.y());
        // The pointer still on the original (it was just clicked to copy) would put the copy over it.
        if (Math.abs(shift.x()) < NodeSize.WIDTH && Math.abs(shift.y()) < NodeSize.HEIGHT) {
            shift = new Point(PASTE_OFFSET, NodeSize.HEIGHT + PASTE_OFFSET);
        }
        paste(content, shift).ifPresent(ids -> notify.accept("Pasted as " + String.join(", ", ids)));
    }

    /**
     * The copies go below the originals, clear of them (a small offset left a copy covering its
     * original and its wires); the clipboard keeps what it held.
     */
    @Override
    public void duplicate(Set<NodeKey> nodes) {
        StepClipboard held = clipboard.get();
        copy(nodes);
        StepClipboard copies = clipboard.get();
        clipboard.set(held);
        if (copies.steps().isEmpty() || copies == held) {
            return;
        }
        paste(copies, new Point(PASTE_OFFSET, NodeSize.HEIGHT + PASTE_OFFSET))
                .ifPresent(ids -> notify.accept("Duplicated as " + String.join(", ", ids)));
    }

    private Optional<List<String>> paste(StepClipboard content, Point shift) {
        Mop mop = document.getMop().orElseThrow();
        PasteEdits.Planned planned;
        try {
            planned = PasteEdits.plan(mop, graph, content, shift);
        } catch (IllegalArgumentException e) {
            notify.accept("Not pasted: " + e.getMessage());
            return Optional.empty();
        }
        int count = planned.newIds().size();
        Optional<String> refused = document.apply("paste " + count + (count == 1 ? " step" : " steps"), planned.edits(),
                layout -> {
                    Layout out = layout;
                    for (NodePosition p : planned.positions()) {
                        out = out.with(p);
                    }
                    return out;
                });
        report(refused);
        if (refused.isPresent()) {
            return Optional.empty();
        }
        canvas.clearSelection();
        planned.newIds().forEach(id -> canvas.select(NodeKey.step(graph, id), true));
        return Optional.of(planned.newIds());
    }

    @Override
    public void autoLayout() {
        canvas.autoLayoutAll(document::move);
    }

    private void report(Optional<String> refused) {
        refused.ifPresent(reason -> notify.accept("Not changed: " + reason));
    }
}
