package io.mopstudio.ui.forms;

import io.mopstudio.model.Mop;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.AddItem;
import java.util.Optional;

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

    /** Moves pre-check {@code index} one place: {@code by} is -1 (up) or +1 (down). */
    public Optional<String> move(Mop mop, int index, int by) {
        return section.move(mop.preChecks().size(), index, by);
    }
}
