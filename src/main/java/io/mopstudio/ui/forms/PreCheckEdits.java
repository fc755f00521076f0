package io.mopstudio.ui.forms;

import io.mopstudio.layout.Layout;
import io.mopstudio.layout.NodePosition;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.PlacedLayout;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.AddItem;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the pre-checks editor changes beyond one check's fields (those go through {@link FormEdits}
 * like the check's own form): a check added, removed, or moved up or down, its YAML and comments
 * moving with it. Checks run in the order written, so the order is the author's to set.
 */
public final class PreCheckEdits {

    private final MopDocument document;
    private final ListSection section;

    PreCheckEdits(MopDocument document) {
        this.document = document;
        this.section = new ListSection(document, "pre_checks", "pre-check");
    }

    /** Adds {@code check} at the end; it aborts on failure unless set otherwise (the format's default). */
    public Optional<String> add(String check) {
        if (check.isBlank()) {
            return Optional.of("check: choose a check of the catalog to add");
        }
        return document.apply("add pre-check " + check.strip(), new AddItem("pre_checks",
                "check: " + YamlScalars.text(check.strip())));
    }

    public Optional<String> remove(Mop mop, int index) {
        return section.remove(mop.preChecks().size(), index);
    }

    /**
     * Moves pre-check {@code index} one place: {@code by} is -1 (up) or +1 (down). Two checks of the
     * same name are told apart by their order ({@code replica_healthy}, {@code replica_healthy#2}), so
     * when they trade places their saved canvas positions trade too, and each box stays where it was.
     */
    public Optional<String> move(Mop mop, int index, int by) {
        List<PreCheck> checks = mop.preChecks();
        return section.move(checks.size(), index, by, upper -> {
            if (upper < 0 || upper + 1 >= checks.size()
                    || !checks.get(upper).check().check().equals(checks.get(upper + 1).check().check())) {
                return UnaryOperator.identity();
            }
            return swapped(PlacedLayout.layoutKey(NodeKey.preCheck(checks.get(upper).nodeId())),
                    PlacedLayout.layoutKey(NodeKey.preCheck(checks.get(upper + 1).nodeId())));
        });
    }

    private static UnaryOperator<Layout> swapped(io.mopstudio.layout.NodeKey a, io.mopstudio.layout.NodeKey b) {
        return layout -> new Layout(layout.positions().stream().map(p -> p.key().equals(a) ? at(p, b)
                : p.key().equals(b) ? at(p, a) : p).toList());
    }

    private static NodePosition at(NodePosition p, io.mopstudio.layout.NodeKey key) {
        return new NodePosition(key.graph(), key.id(), p.x(), p.y());
    }
}
