package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.RunRequest;
import io.mopstudio.environment.EnvironmentLoader;
import io.mopstudio.model.Mop;
import io.mopstudio.setup.SetupResult;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.yaml.MopLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialog's typed inputs, remembered values, pre-flight and dry run, without a toolkit. */
class RunDialogPreflightTest {

    private static final Path BERLIN = Path.of("src/test/resources/policy/valid/berlin.yaml");
    private static final Path INPUTS = Path.of("src/test/resources/mops/valid/inputs-declared.yaml");

    @TempDir
    Path temp;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private RunDialogViewModel dialog(Mop mop, Path file, Clock clock, Optional<RememberedInputs> memory,
            DryRunner dryRunner) {
        RunPreparer fake = (f, env, incident, operator) -> SetupResult.failed(List.of("not prepared in this test"));
        return new RunDialogViewModel(mop, file, new EnvironmentLoader(), fake, UiDispatch.inline(), Map.of(),
                "alice", clock, memory, dryRunner);
    }

    private static Mop inputsMop() {
        return new MopLoader().load(INPUTS).result().valid().orElseThrow();
    }

    @Test
    void aClosedChangeWindowSaysWhichRuleAndWhenItOpens() {
        // Tuesday 2026-03-03 12:00 in Berlin: business hours, outside any maintenance window.
        RunDialogViewModel dialog = dialog(Fixtures.sampleMop(), Fixtures.SAMPLE, at("2026-03-03T11:00:00Z"),
                Optional.empty(), r -> null);
        dialog.environmentProperty().set(BERLIN.toAbsolutePath().toString());
        Preflight preflight = dialog.preflightProperty().get();
        assertFalse(preflight.changePermitted());
        assertTrue(preflight.changeWindow().startsWith("CLOSED — "), preflight.changeWindow());
        assertTrue(preflight.changeWindow().contains("business hours"), preflight.changeWindow());
        assertTrue(preflight.changeWindow().contains("Next opening: Tue 3 Mar 22:00 CET"), preflight.changeWindow());
    }

    @Test
    void anOpenMaintenanceWindowIsShownOpen() {
        // Tuesday 23:00 in Berlin: the weeknight window.
        RunDialogViewModel dialog = dialog(Fixtures.sampleMop(), Fixtures.SAMPLE, at("2026-03-03T22:00:00Z"),
                Optional.empty(), r -> null);
        dialog.environmentProperty().set(BERLIN.toAbsolutePath().toString());
        Preflight preflight = dialog.preflightProperty().get();
        assertTrue(preflight.changePermitted(), preflight.changeWindow());
        assertTrue(preflight.changeWindow().startsWith("OPEN — "), preflight.changeWindow());
        assertTrue(preflight.changeWindow().contains("weeknight"), preflight.changeWindow());
    }

    @Test
    void theBlastRadiusIsComparedWithTheEnvironmentsLimit() {
        RunDialogViewModel dialog = dialog(Fixtures.sampleMop(), Fixtures.SAMPLE, at("2026-03-03T22:00:00Z"),
                Optional.empty(), r -> null);
        dialog.environmentProperty().set(BERLIN.toAbsolutePath().toString());
        Preflight within = dialog.preflightProperty().get();
        assertFalse(within.approvalNeeded(), "MOP-284 declares medium; the limit is medium");
        assertTrue(within.blastRadius().startsWith("WITHIN LIMIT — the MOP's blast_radius_max is medium, at"),
                within.blastRadius());

        RunDialogViewModel undeclared = dialog(inputsMop(), INPUTS, at("2026-03-03T22:00:00Z"), Optional.empty(),
                r -> null);
        undeclared.environmentProperty().set(BERLIN.toAbsolutePath().toString());
        Preflight needs = undeclared.preflightProperty().get();
        assertTrue(needs.approvalNeeded());
        assertTrue(needs.blastRadius().startsWith("APPROVAL NEEDED — the MOP declares no blast radius"),
                needs.blastRadius());
    }

    @Test
    void theDemoHasNoPolicyAndNeedsNoApproval() {
        RunDialogViewModel dialog = dialog(Fixtures.sampleMop(), Fixtures.SAMPLE, at("2026-03-03T11:00:00Z"),
                Optional.empty(), r -> null);
        assertEquals("demo", dialog.environmentProperty().get());
        Preflight demo = dialog.preflightProperty().get();
        assertTrue(demo.changePermitted());
        assertFalse(demo.approvalNeeded());
        assertTrue(demo.changeWindow().contains("no change policy"), demo.changeWindow());
    }

    @Test
    void declaredInputsAreCheckedAsTyped() {
        RunDialogViewModel dialog = dialog(inputsMop(), INPUTS, Clock.systemUTC(), Optional.empty(), r -> null);
        assertEquals(List.of("affected_resource", "pool_size"), dialog.incidentFields());
        InputField resource = dialog.input("affected_resource");
        assertEquals("required: The database, as named in the inventory", resource.errorProperty().get());
        resource.valueProperty().set("Orders_DB");
        assertEquals("must match ^[a-z][a-z0-9-]*$", resource.errorProperty().get());
        assertFalse(dialog.canStartBinding().get());
        resource.valueProperty().set("orders-db");
        assertEquals("", resource.errorProperty().get());

        InputField size = dialog.input("pool_size");
        assertEquals("pool size (integer)", size.label());
        assertEquals("Connections to open after the reset; default 20", size.hint());
        assertEquals("", size.errorProperty().get(), "optional with a default: blank is fine");
        size.valueProperty().set("twenty");
        assertEquals("must be a whole number", size.errorProperty().get());
        assertFalse(dialog.canStartBinding().get());
        size.valueProperty().set("25");
        assertTrue(dialog.canStartBinding().get());
    }

    @Test
    void valuesAreRememberedPerMopButNeverSecrets() throws Exception {
        Path file = temp.resolve("mop-studio/run-inputs.json");
        RememberedInputs memory = new RememberedInputs(file);
        assertEquals(Optional.empty(), memory.recall("MOP-284"));
        assertEquals(Optional.empty(), memory.remember("MOP-284", new RememberedInputs.Values("demo", "bob",
                Map.of("affected_resource", "ledger-db", "db_password", "hunter2"))));
        assertEquals(Optional.of(new RememberedInputs.Values("demo", "bob", Map.of("affected_resource", "ledger-db"))),
                new RememberedInputs(file).recall("MOP-284"));
        assertFalse(Files.readString(file).contains("hunter2"));

        RunDialogViewModel dialog = dialog(Fixtures.sampleMop(), Fixtures.SAMPLE, Clock.systemUTC(),
                Optional.of(memory), r -> null);
        assertEquals("ledger-db", dialog.incidentProperty("affected_resource").get());
        assertEquals("bob", dialog.operatorProperty().get());
    }

    @Test
    void aCorruptMemoryFileIsIgnored() throws Exception {
        Path file = Files.writeString(temp.resolve("run-inputs.json"), "{not json");
        assertEquals(Optional.empty(), new RememberedInputs(file).recall("MOP-284"));
    }

    @Test
    void aDryRunPreparesThenShowsThePlanAndStartingRemembers() {
        RememberedInputs memory = new RememberedInputs(temp.resolve("run-inputs.json"));
        RunRequest request = demoRequest();
        RunPreparer preparer = (f, env, incident, operator) -> new SetupResult(Optional.of(request), List.of(),
                List.of());
        RunDialogViewModel dialog = new RunDialogViewModel(Fixtures.sampleMop(), Fixtures.SAMPLE,
                new EnvironmentLoader(), preparer, UiDispatch.inline(), Map.of(), "alice", Clock.systemUTC(),
                Optional.of(memory), r -> CompletableFuture.completedFuture("This is what the run would do:\n"
                        + "  wave 1:\n    drain_connections"));
        dialog.incidentProperty("affected_resource").set("orders-db");
        assertEquals(Optional.of("This is what the run would do:\n  wave 1:\n    drain_connections"),
                dialog.dryRun().join());
        assertTrue(dialog.planProperty().get().contains("wave 1"));
        assertEquals("orders-db", memory.recall("MOP-284").orElseThrow().incident().get("affected_resource"));
    }

    @Test
    void aFailedDryRunSaysWhyInThePlace() {
        RunRequest request = demoRequest();
        RunDialogViewModel dialog = new RunDialogViewModel(Fixtures.sampleMop(), Fixtures.SAMPLE,
                new EnvironmentLoader(), (f, e, i, o) -> new SetupResult(Optional.of(request), List.of(), List.of()),
                UiDispatch.inline(), Map.of("affected_resource", "orders-db"), "alice", Clock.systemUTC(),
                Optional.empty(), r -> CompletableFuture.failedFuture(new IllegalStateException("audit is read-only")));
        assertEquals(Optional.empty(), dialog.dryRun().join());
        assertEquals("The dry run failed: audit is read-only", dialog.planProperty().get());
    }

    private static RunRequest demoRequest() {
        var env = new EnvironmentLoader().load("demo").valid().orElseThrow();
        var catalog = new io.mopstudio.catalog.CatalogLoader().load(env.catalog(), Optional.empty()).valid()
                .orElseThrow();
        return new RunRequest(Fixtures.sampleMop(), "text", Fixtures.SAMPLE.toString(), env, catalog,
                Map.of("affected_resource", "orders-db"), "alice");
    }
}
