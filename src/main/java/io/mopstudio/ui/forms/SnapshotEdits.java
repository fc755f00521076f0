package io.mopstudio.ui.forms;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.editor.YamlScalars;
import io.mopstudio.yaml.edit.AddItem;
import io.mopstudio.yaml.edit.RemoveEntry;
import io.mopstudio.yaml.edit.SetValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the snapshots editor changes: a snapshot added (with a free id, taking {@code source} when
 * given), removed, one of its fields or parameters set. Snapshots are addressed by index, so
 * renaming one never loses it.
 */
public final class SnapshotEdits {

    /** The fields of a snapshot the editor shows, besides its parameters. */
    public static final List<String> FIELDS = List.of("id", "snapshot", "action", "observe");

    private final MopDocument document;

    SnapshotEdits(MopDocument document) {
        this.document = document;
    }

    /** Adds a snapshot of the catalog snapshot {@code source} (blank: an id only, its source to be chosen). */
    public Optional<String> add(Mop mop, String source) {
        // A catalog snapshot added under its own name is what {{ pre_execution.NAME }} already reads.
        String id = source.isBlank() || taken(mop).contains(source.strip()) ? freeId(mop) : source.strip();
        String item = "id: " + id + (source.isBlank() ? "" : "\nsnapshot: " + YamlScalars.text(source.strip()));
        return document.apply("add snapshot " + id, new AddItem("snapshots", item));
    }

    public Optional<String> remove(Mop mop, int index) {
        return new ListSection(document, "snapshots", "snapshot").remove(mop.snapshots().size(), index);
    }

    /** Sets one field of snapshot {@code index}; blank text removes the field (the id cannot be removed). */
    public Optional<String> set(int index, String field, String text) {
        if (text.isBlank() && field.equals("id")) {
            return Optional.of("id: a snapshot needs an id (remove the snapshot instead)");
        }
        return write("snapshots[" + index + "]." + field, field, text, ParamType.STRING);
    }

    /** Sets parameter {@code param} of snapshot {@code index} as a value of {@code type}. */
    public Optional<String> setParam(int index, String param, String text, ParamType type) {
        return write("snapshots[" + index + "].params." + param, param, text, type);
    }

    /** A list parameter written whole on one line, as the list editor holds it; removed when empty. */
    public Optional<String> setList(int index, String param, List<String> items) {
        String path = "snapshots[" + index + "].params." + param;
        return items.isEmpty() ? document.apply("clear snapshot " + param, new RemoveEntry(path))
                : document.apply("set snapshot " + param, new SetValue(path, YamlScalars.list(items)));
    }

    private Optional<String> write(String path, String field, String text, ParamType type) {
        if (text.isBlank()) {
            return document.apply("clear snapshot " + field, new RemoveEntry(path));
        }
        try {
            return document.apply("set snapshot " + field, new SetValue(path, YamlScalars.typed(text, type)));
        } catch (IllegalArgumentException e) {
            return Optional.of(field + ": " + e.getMessage());
        }
    }

    /** snapshot_1, snapshot_2...: the first not taken. */
    static String freeId(Mop mop) {
        Set<String> taken = taken(mop);
        int n = 1;
        while (taken.contains("snapshot_" + n)) {
            n++;
        }
        return "snapshot_" + n;
    }

    private static Set<String> taken(Mop mop) {
        return mop.snapshots().stream().map(Snapshot::id).collect(Collectors.toSet());
    }
}
