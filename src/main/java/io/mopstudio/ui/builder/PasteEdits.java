package io.mopstudio.ui.builder;

import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.PlacedLayout;
import io.mopstudio.ui.canvas.Point;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.StepIds;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.AddStep;
import io.mopstudio.yaml.edit.EditException;
import io.mopstudio.yaml.edit.MopEdit;
import io.mopstudio.yaml.edit.MopEditor;
import io.mopstudio.yaml.edit.RemoveEntry;
import io.mopstudio.yaml.edit.SetValue;
import io.mopstudio.yaml.edit.SourceText;
import io.mopstudio.yaml.edit.WrittenText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Copied steps as new steps: each keeps its written text (comments, quoting) under a new id
 * ({@code drain} → {@code drain_2}); dependencies among the copies follow them, dependencies on
 * steps this graph has are kept, the rest are dropped.
 */
final class PasteEdits {

    record Planned(List<MopEdit> edits, List<NodePosition> positions, List<String> newIds) {
    }

    private PasteEdits() {
    }

    static Optional<String> written(MopDocument document, String id) {
        try {
            return WrittenText.step(SourceText.parse(document.getText(), document.fileName()), id);
        } catch (EditException e) {
            return Optional.empty();
        }
    }

    static Planned plan(Mop mop, GraphKind graph, StepClipboard content, Point shift) {
        Set<String> taken = new HashSet<>(StepIds.taken(mop));
        Map<String, String> renamed = new HashMap<>();
        for (StepClipboard.Copied copied : content.steps()) {
            String id = StepIds.unique(copied.id(), taken);
            taken.add(id);
            renamed.put(copied.id(), id);
        }
        Set<String> inGraph = new HashSet<>();
        mop.graph(graph).forEach(s -> inGraph.add(s.id()));
        List<MopEdit> edits = new ArrayList<>();
        List<NodePosition> positions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (StepClipboard.Copied copied : content.steps()) {
            String id = renamed.get(copied.id());
            List<String> deps = copied.dependsOn().stream()
                    .map(d -> renamed.getOrDefault(d, inGraph.contains(d) ? d : null))
                    .filter(d -> d != null).toList();
            edits.add(new AddStep(graph, renamedText(copied, id, deps)));
            positions.add(PlacedLayout.position(NodeKey.step(graph, id),
                    new Point(copied.at().x() + shift.x(), copied.at().y() + shift.y())));
            ids.add(id);
        }
        return new Planned(edits, positions, ids);
    }

    private static String renamedText(StepClipboard.Copied copied, String id, List<String> deps) {
        MopEditor editor = new MopEditor();
        try {
            String text = editor.apply(copied.yaml(), "clipboard", new SetValue("id", id)).text();
            if (!deps.equals(copied.dependsOn())) {
                MopEdit edit = deps.isEmpty() ? new RemoveEntry("depends_on")
                        : new SetValue("depends_on", YamlScalars.list(deps));
                text = editor.apply(text, "clipboard", edit).text();
            }
            return text;
        } catch (EditException e) {
            throw new IllegalArgumentException("step " + copied.id() + " cannot be copied: " + e.getMessage());
        }
    }
}
