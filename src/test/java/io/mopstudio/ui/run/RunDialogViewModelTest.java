package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.setup.SetupResult;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDialogViewModelTest {

    private final List<Map<String, String>> prepared = new ArrayList<>();

    private RunDialogViewModel dialog(Map<String, String> previous, RunPreparer preparer) {
        return new RunDialogViewModel(Fixtures.sampleMop(), Fixtures.SAMPLE, new EnvironmentLoader(), preparer,
                UiDispatch.inline(), previous, "alice");
    }

    private RunDialogViewModel dialog() {
        return dialog(Map.of(), (file, env, incident, operator) -> {
            prepared.add(incident);
            return SetupResult.failed(List.of(file + ":1:1: no catalog action 'x'"));
        });
    }

    @Test
    void asksForEachIncidentFieldTheMopUses() {
        RunDialogViewModel dialog = dialog();
        assertEquals(List.of("affected_resource"), dialog.incidentFields());
        assertEquals("", dialog.incidentProperty("affected_resource").get());
        assertEquals("alice", dialog.operatorProperty().get());
    }

    @Test
    void remembersTheLastIncident() {
        RunDialogViewModel dialog = dialog(Map.of("affected_resource", "ledger-db"), (f, e, i, o) -> null);
        assertEquals("ledger-db", dialog.incidentProperty("affected_resource").get());
    }

    @Test
    void theBundledDemoIsChosenAndSaysWhatEachResourceDoes() {
        RunDialogViewModel dialog = dialog();
        assertEquals("demo", dialog.environmentProperty().get());
        EnvironmentSummary demo = dialog.summaryProperty().get();
        assertTrue(demo.demo());
        assertEquals(List.of("orders-db", "billing-db", "ledger-db", "search-db"),
                demo.resources().stream().map(EnvironmentSummary.Resource::name).toList());
        assertTrue(demo.resources().get(0).description().contains("recovers"), demo.resources().get(0).description());
    }

    @Test
    void aResourceHintFillsTheResourceField() {
        RunDialogViewModel dialog = dialog();
        assertEquals(Optional.of("affected_resource"), dialog.resourceField());
        dialog.useResource("billing-db");
        assertEquals("billing-db", dialog.incidentProperty("affected_resource").get());
    }

    @Test
    void cannotStartUntilEveryFieldIsFilled() {
        RunDialogViewModel dialog = dialog();
        assertFalse(dialog.canStartBinding().get());
        dialog.incidentProperty("affected_resource").set("orders-db");
        assertTrue(dialog.canStartBinding().get());
        dialog.operatorProperty().set("  ");
        assertFalse(dialog.canStartBinding().get());
    }

    @Test
    void setupProblemsStayInTheDialogAndNothingRuns() {
        RunDialogViewModel dialog = dialog();
        dialog.incidentProperty("affected_resource").set(" orders-db ");
        Optional<?> request = dialog.start().join();
        assertEquals(Optional.empty(), request);
        assertEquals(1, dialog.problems().size());
        assertTrue(dialog.problems().get(0).endsWith(":1:1: no catalog action 'x'"));
        assertEquals(List.of(Map.of("affected_resource", "orders-db")), prepared, "trimmed values");
        assertFalse(dialog.busyProperty().get());
    }

    @Test
    void anUnreadableEnvironmentFileBlocksTheRun(@TempDir Path dir) throws Exception {
        Path env = Files.writeString(dir.resolve("broken.yaml"), "environment: [unclosed\n");
        RunDialogViewModel dialog = dialog();
        dialog.incidentProperty("affected_resource").set("orders-db");
        dialog.addEnvironmentFile(env);
        assertEquals(env.toAbsolutePath().toString(), dialog.environmentProperty().get());
        assertTrue(dialog.environmentChoices().contains(env.toAbsolutePath().toString()));
        assertTrue(dialog.summaryProperty().get().problem().isPresent());
        assertFalse(dialog.canStartBinding().get());
    }
}
