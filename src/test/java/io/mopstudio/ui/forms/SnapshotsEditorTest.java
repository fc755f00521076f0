package io.mopstudio.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.catalog.ParamType;
import io.mopstudio.layout.Layout;
import io.mopstudio.model.Mop;
import io.mopstudio.model.Snapshot;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.editor.MopDocument;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The snapshots list in the MOP's form: each edit the smallest text change, read back as meant, undone exactly. */
class SnapshotsEditorTest {

    private final MopDocument document = new MopDocument();
    private final SnapshotEdits snapshots = new FormEdits(document, (before, after) -> { }).snapshots();

    private Mop mop() {
        return document.getMop().orElseThrow();
    }

    @Test
    void aCatalogSnapshotTakesItsNameUnlessTakenAndThenAFreeOne() throws Exception {
        document.load(Optional.empty(), Files.readString(Fixtures.SAMPLE), Layout.EMPTY);
        snapshots.add(mop(), "pool_config");
        snapshots.add(mop(), "pool_config");
        assertEquals(List.of("pool_config", "snapshot_1"), mop().snapshots().stream().map(Snapshot::id).toList());
    }

    @Test
    void snapshotsAreAddedEditedAndRemovedAsYaml() throws Exception {
        String sample = Files.readString(Fixtures.SAMPLE);
        document.load(Optional.empty(), sample, Layout.EMPTY);
        assertEquals(Optional.empty(), snapshots.add(mop(), "pool_config"));
        assertEquals(sample.replace("blast_radius_max: medium\n\n", "blast_radius_max: medium\n\n"
                + "snapshots:\n  - id: pool_config\n    snapshot: pool_config\n\n"), document.getText(),
                "a new section where the format puts it, before pre_checks, the snapshot under its catalog name");
        assertEquals(Optional.empty(), snapshots.set(0, "id", "pool_before"));
        assertEquals(Optional.empty(), snapshots.add(mop(), ""));
        assertEquals(Optional.empty(), snapshots.set(1, "id", "flag_before"));
        assertEquals(Optional.empty(), snapshots.set(1, "action", "http.request"));
        assertEquals(Optional.empty(), snapshots.setParam(1, "url", "http://flags.example/api/flags/pool",
                ParamType.STRING));
        assertEquals(Optional.empty(), snapshots.set(1, "observe", "json"));
        assertEquals(Optional.empty(), snapshots.setParam(1, "timeout", "5s", ParamType.DURATION));
        assertEquals(sample.replace("blast_radius_max: medium\n\n", "blast_radius_max: medium\n\n"
                + "snapshots:\n  - id: pool_before\n    snapshot: pool_config\n"
                + "  - id: flag_before\n    action: http.request\n    params:\n"
                + "      url: \"http://flags.example/api/flags/pool\"\n      timeout: 5s\n    observe: json\n\n"),
                document.getText());
        Snapshot flag = mop().snapshots().get(1);
        assertEquals(Optional.of("http.request"), flag.action());
        assertEquals(Map.of("url", "http://flags.example/api/flags/pool", "timeout", "5s"), flag.params());
        assertEquals(Optional.of("json"), flag.observe());
        assertEquals(Optional.of("timeout: 'soon' is not a duration such as 500ms, 15s, 2m or 1h30m (at most 366 days)"),
                snapshots.setParam(1, "timeout", "soon", ParamType.DURATION));
        assertEquals(Optional.of("id: a snapshot needs an id (remove the snapshot instead)"), snapshots.set(0, "id", ""));

        assertEquals(Optional.empty(), snapshots.setParam(1, "timeout", "", ParamType.DURATION));
        assertEquals(List.of("pool_before", "flag_before"), mop().snapshots().stream().map(Snapshot::id).toList());
        assertEquals(Optional.empty(), snapshots.remove(mop(), 0));
        assertEquals(Optional.empty(), snapshots.remove(mop(), 0));
        assertEquals(sample, document.getText(), "the last snapshot takes its key along");
        while (document.undo()) {
            // back, one change at a time
        }
        assertEquals(sample, document.getText());
    }
}
