package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.builder.MopTemplate;
import io.mopstudio.ui.canvas.AutoLayout;
import io.mopstudio.ui.editor.MopDocument;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path temp;

    private StudioServices services;
    private ShellViewModel shell;

    @BeforeEach
    void open() {
        services = new StudioServices(UiDispatch.inline(), new AutoLayout(AutoLayout.defaultNativeDir()),
                new LabSession(port -> {
                    throw new AssertionError("no lab in this test");
                }), RunEngine.standard(), Optional.of(AuditStore.open(temp.resolve("audit"))), Optional.empty());
        shell = new ShellViewModel(services, new RecentFiles(temp.resolve("settings")));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aValidMopNamesTheWindowAndCanRun() {
        List<String> titles = new java.util.ArrayList<>();
        shell.titleProperty().addListener((obs, old, title) -> titles.add(title));
        shell.start(Optional.of(Fixtures.SAMPLE));
        assertTrue(titles.stream().noneMatch(t -> t.contains("untitled")), "no blank MOP shown on the way: " + titles);
        assertEquals("MOP Studio — Database Connection Pool Recovery (MOP-284-db-connection-pool-recovery.yaml)",
                shell.titleProperty().get());
        assertEquals("MOP Studio — Database Connection Pool Recovery (MOP-284-db-connection-pool-recovery.yaml)",
                shell.titleProperty().get());
        assertEquals(List.of(), shell.problems());
        assertTrue(shell.canRunBinding().get());
        assertTrue(shell.newRunDialog().isPresent());
    }

    @Test
    void withoutAFileTheWindowStartsWithANewMopToBuild() {
        shell.start(Optional.empty());
        assertEquals("MOP Studio — New MOP (untitled.yaml)", shell.titleProperty().get());
        assertFalse(shell.canRunBinding().get());
    }

    @Test
    void problemsAreListedAsFileLineColumnAndBlockTheRun() throws Exception {
        String text = Files.readString(Fixtures.SAMPLE)
                .replace("depends_on: [restart_conn_manager]", "depends_on: [restart_conn_manger]");
        Path broken = Files.writeString(temp.resolve("broken.yaml"), text);
        shell.open(broken);
        assertEquals(1, shell.problems().size());
        assertTrue(shell.problems().get(0).matches(".*broken\\.yaml:\\d+:\\d+: .*restart_conn_manger.*"),
                shell.problems().get(0));
        assertFalse(shell.canRunBinding().get());
        assertEquals(Optional.empty(), shell.newRunDialog());
        assertEquals("broken.yaml as saved has errors: fix them (see Problems) and save to run it",
                shell.statusProperty().get(), "Ctrl+R on a MOP that cannot run says why");
    }

    @Test
    void savingSaysSoAndRunWaitsForUnsavedEditsSayingWhy() throws Exception {
        Path file = Files.writeString(temp.resolve("mop.yaml"), Files.readString(Fixtures.SAMPLE));
        shell.open(file);
        assertEquals("Opened " + file, shell.statusProperty().get());
        shell.builder().document().apply("edit", new io.mopstudio.yaml.edit.SetValue(
                "validation.connection_wait_time.threshold_ms", "75"));
        assertFalse(shell.canRunBinding().get());
        assertEquals(Optional.of("Save first (Ctrl+S): a run runs the MOP as saved, and these edits are not"),
                shell.whyNoRun());
        assertTrue(shell.builder().save());
        assertEquals("Saved " + file, shell.statusProperty().get());
        assertEquals(Optional.empty(), shell.whyNoRun());
    }

    @Test
    void savingWhileAFormValueStandsRefusedSaysItWasNotSaved() throws Exception {
        Path file = Files.writeString(temp.resolve("mop.yaml"), Files.readString(Fixtures.SAMPLE));
        shell.open(file);
        var form = shell.builder().formContext(shell.builder()::refused).orElseThrow();
        var restart = io.mopstudio.ui.canvas.NodeKey.step(io.mopstudio.model.GraphKind.EXECUTION,
                "restart_conn_manager");
        String reason = form.edits().setField(restart, "timeout", "soon").orElseThrow();
        shell.builder().refused(reason);

        assertTrue(shell.builder().save());

        assertEquals("Saved " + file + " — without the value the form refused (" + reason + ")",
                shell.statusProperty().get());
    }

    @Test
    void savingAfterARunKeepsItsOutcomeOnScreenAndOpenClearsIt() throws Exception {
        Path engine = Path.of("src/test/resources/engine");
        Path file = Files.writeString(temp.resolve("outputs.yaml"), Files.readString(engine.resolve("outputs.yaml")));
        shell.open(file);
        io.mopstudio.setup.SetupResult setup = new io.mopstudio.setup.RunSetup(port -> null)
                .prepare(file, engine.resolve("local.yaml").toString(), java.util.Map.of(), "tester");
        shell.startRun(setup.request().orElseThrow(() -> new AssertionError(setup.problems())));
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (shell.run().finalStateProperty().get() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        io.mopstudio.engine.event.FinalState ended = shell.run().finalStateProperty().get();
        assertEquals(io.mopstudio.engine.event.FinalState.RESOLVED, ended);
        String runId = shell.run().runIdProperty().get();

        shell.builder().document().apply("edit", new io.mopstudio.yaml.edit.SetValue("name", "Renamed after the run"));
        assertTrue(shell.builder().save());
        assertEquals(ended, shell.run().finalStateProperty().get(), "the outcome stays after a save");
        assertEquals(runId, shell.run().runIdProperty().get());

        shell.open(file);
        assertEquals(null, shell.run().finalStateProperty().get(), "opening a file starts afresh");
    }

    @Test
    void aFileThatDoesNotExistYetStartsANewMopToBeSavedThere() {
        // As `gui FILE` with a new name: the editor opens on a new MOP and Save writes it there.
        shell.open(temp.resolve("nowhere.yaml"));
        assertEquals(List.of(), shell.problems());
        assertEquals(Optional.empty(), shell.getMop());
        assertEquals(Optional.of(temp.resolve("nowhere.yaml")), shell.getMopFile());
        assertFalse(shell.canRunBinding().get(), "nothing to run until it is saved");
        assertTrue(shell.titleProperty().get().contains("nowhere.yaml"), shell.titleProperty().get());
        assertFalse(Files.exists(temp.resolve("nowhere.yaml")), "opening creates nothing; saving does");
    }

    @Test
    void anUntouchedNewMopHasNoUnsavedChangesAndAnEditedOneHas() {
        // `gui new1.yaml` and then Ctrl+N or close: nothing was done, so nothing is asked.
        shell.open(temp.resolve("new1.yaml"));
        assertFalse(shell.builder().document().dirtyProperty().get());
        assertFalse(shell.titleProperty().get().endsWith("*"), shell.titleProperty().get());

        assertEquals(Optional.empty(), shell.builder().document().apply("edit",
                new io.mopstudio.yaml.edit.SetValue("name", "Pool recovery")));
        assertTrue(shell.builder().document().dirtyProperty().get(), "an edit is asked about before it is lost");
        assertTrue(shell.titleProperty().get().endsWith(" *"), shell.titleProperty().get());
    }

    @Test
    void aTemplateChosenForAnUntouchedNewMopIsStillToBeSavedInItsFile() throws Exception {
        Path named = temp.resolve("new1.yaml");
        shell.open(named);
        MopTemplate restart = MopTemplate.BUNDLED.get(1);
        shell.newMop(restart);
        assertEquals(Optional.of(named), shell.getMopFile());
        assertTrue(shell.titleProperty().get().contains("(new1.yaml)"), shell.titleProperty().get());
        assertTrue(shell.statusProperty().get().contains("to be saved as " + named), shell.statusProperty().get());
        assertFalse(shell.builder().document().dirtyProperty().get());

        assertTrue(shell.builder().save(), "Save needs no file dialog: " + shell.statusProperty().get());
        assertEquals(restart.text(), Files.readString(named));

        // Saved, the file is no longer a new one: the next new MOP must not write over it.
        shell.newMop(restart);
        assertEquals(Optional.empty(), shell.getMopFile());
        assertEquals(Optional.empty(), shell.builder().document().getFile());
    }

    @Test
    void aTemplateChosenAfterEditsToANewMopStartsAnUntitledOne() {
        // Ctrl+N on an edited new MOP asks first; its edits discarded, the template is a MOP of its own.
        shell.open(temp.resolve("new1.yaml"));
        assertEquals(Optional.empty(), shell.builder().document().apply("edit",
                new io.mopstudio.yaml.edit.SetValue("name", "Pool recovery")));
        shell.newMop(MopTemplate.BUNDLED.get(1));
        assertEquals(Optional.empty(), shell.getMopFile());
        assertTrue(shell.titleProperty().get().contains(MopDocument.UNTITLED), shell.titleProperty().get());
    }
}
