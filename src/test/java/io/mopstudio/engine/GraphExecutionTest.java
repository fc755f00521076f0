package io.mopstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.providers.Primitives;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The execution graph as a DAG of real local commands. */
@Timeout(120)
class GraphExecutionTest {

    private static final Path FIXTURES = Path.of("src/test/resources/engine");
    private static final String ENV = FIXTURES.resolve("local.yaml").toString();

    @TempDir
    Path temp;

    private final RecordingListener events = new RecordingListener();

    private RunRequest request(String mop, Map<String, String> incident) {
        SetupResult setup = new RunSetup(port -> {
            throw new AssertionError("no lab in these tests");
        }).prepare(FIXTURES.resolve(mop), ENV, incident, "tester");
        assertTrue(setup.problems().isEmpty(), () -> "setup problems: " + setup.problems());
        return setup.request().orElseThrow();
    }

    private static RunEngine engine(int parallelism) {
        return new RunEngine(Primitives.standard(), Clock.systemUTC(), parallelism);
    }

    @Test
    void diamondRunsTheSharedParentOnceAndJoinsAfterBothBranches() throws Exception {
        Path log = temp.resolve("order.log");
        RunResult result = engine(2).run(request("diamond.yaml", Map.of("log", log.toString())), events);

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        List<String> lines = Files.readAllLines(log);
        assertEquals(1, lines.stream().filter("a"::equals).count(), "the shared parent runs once");
        assertEquals("a", lines.get(0));
        assertEquals("d", lines.get(3), "the join runs after both branches");
        assertTrue(finishedBefore("b", startOf("d")) && finishedBefore("c", startOf("d")));
    }

    @Test
    void independentBranchesOverlapWhenParallelismAllows() throws Exception {
        Path log = temp.resolve("order.log");
        engine(2).run(request("diamond.yaml", Map.of("log", log.toString())), events);

        // b and c each take 0.5 s; with two workers each starts before the other finishes.
        assertTrue(startOf("c") < finishOf("b") && startOf("b") < finishOf("c"), events.trace().toString());
    }

    @Test
    void withOneWorkerBranchesRunOneAfterAnotherInWrittenOrder() throws Exception {
        Path log = temp.resolve("order.log");
        engine(1).run(request("diamond.yaml", Map.of("log", log.toString())), events);

        assertEquals(List.of("a", "b", "c", "d"), Files.readAllLines(log));
    }

    @Test
    void aFailingBranchCancelsItsRunningSiblingWhichDoesNotCountAsFailed() throws Exception {
        long started = System.nanoTime();
        RunResult result = engine(2).run(request("sibling-fails.yaml", Map.of()), events);
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertEquals(FinalState.FAILED, result.finalState(), "on_failure: abort ends FAILED without rollback");
        assertEquals(StepStatus.FAILED, result.steps().get("broken"));
        assertEquals(StepStatus.CANCELLED, result.steps().get("slow"));
        assertEquals(StepStatus.SKIPPED, result.steps().get("after_slow"));
        assertEquals(StepStatus.PENDING, result.steps().get("undo"), "abort does not roll back");
        StepFinished slow = finished("slow");
        assertEquals("cancelled because broken failed", slow.message());
        assertEquals("skipped: slow cancelled", finished("after_slow").message());
        assertTrue(seconds < 25, "the 30 s sleep was stopped, not waited for");
    }

    @Test
    void aFailingRollbackStepEndsRollbackFailedWithoutLooping() throws Exception {
        RunResult result = engine(2).run(request("rollback-fails.yaml", Map.of()), events);

        assertEquals(FinalState.ROLLBACK_FAILED, result.finalState());
        assertEquals(StepStatus.FAILED, result.steps().get("undo_one"));
        assertEquals(StepStatus.SKIPPED, result.steps().get("undo_two"));
        assertEquals(1, events.of(io.mopstudio.engine.event.RollbackStarted.class).size(), "rollback runs once");
        assertEquals(12, result.finalState().exitCode());
        assertTrue(result.summary().contains("A human must take over"), result.summary());
    }

    @Test
    void aLaterStepReadsAnEarlierStepsOutput() throws Exception {
        RunResult result = engine(2).run(request("outputs.yaml", Map.of()), events);

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        assertEquals("got hello\n", finished("consume").output().get("stdout"));
    }

    @Test
    void anUndefinedVariableStopsTheRunBeforeAnythingStartsNamingTheField() {
        SetupResult setup = new RunSetup(port -> null).prepare(FIXTURES.resolve("undefined-variable.yaml"), ENV,
                Map.of(), "tester");

        assertTrue(setup.request().isEmpty());
        String problem = String.join("\n", setup.problems());
        assertTrue(problem.contains("undefined-variable.yaml:7:30: step 'greet' of execution_graph: env.greting is not"
                + " defined by environment 'local-test'; did you mean 'greeting'?"), problem);
    }

    @Test
    void theEngineRefusesARequestThatFailsPreflight() throws Exception {
        RunRequest valid = request("diamond.yaml", Map.of("log", temp.resolve("x").toString()));
        RunRequest missingIncident = new RunRequest(valid.mop(), valid.mopText(), valid.mopFile(),
                valid.environment(), valid.catalog(), Map.of(), "tester");

        InvalidRunException e = assertThrows(InvalidRunException.class,
                () -> engine(2).start(missingIncident, events));
        assertTrue(e.getMessage().contains("incident.log"), e.getMessage());
        assertTrue(events.events().isEmpty(), "nothing is emitted for a run that never started");
    }

    @Test
    void cancellingStopsRunningStepsAndEndsCancelled() throws Exception {
        RunHandle handle = engine(2).start(request("sibling-fails.yaml", Map.of()), events);
        while (events.of(StepStarted.class).isEmpty()) {
            Thread.sleep(20);
        }
        handle.cancel("operator pressed cancel");
        RunResult result = handle.await();

        assertEquals(FinalState.CANCELLED, result.finalState());
        assertEquals(StepStatus.CANCELLED, result.steps().get("slow"));
        assertTrue(result.summary().contains("operator pressed cancel"), result.summary());
    }

    @Test
    void aListenerThatCannotRecordStopsTheRunFromActingFurther() throws Exception {
        Path log = temp.resolve("order.log");
        io.mopstudio.engine.event.RunListener failingAudit = event -> {
            events.onEvent(event);
            if (event instanceof StepFinished finished && finished.stepId().equals("a")) {
                throw new IllegalStateException("disk full");
            }
        };
        RunResult result = engine(2).run(request("diamond.yaml", Map.of("log", log.toString())), failingAudit);

        assertEquals(FinalState.FAILED, result.finalState());
        assertEquals(List.of("a"), Files.readAllLines(log), "no step acts after the audit failed");
        assertTrue(result.summary().contains("disk full"), result.summary());
        assertEquals(1, events.of(RunFinished.class).size());
    }

    private long startOf(String stepId) {
        return events.of(StepStarted.class).stream().filter(e -> e.stepId().equals(stepId)).findFirst()
                .map(RunEvent::seq).orElseThrow();
    }

    private long finishOf(String stepId) {
        return finished(stepId).seq();
    }

    private StepFinished finished(String stepId) {
        return events.of(StepFinished.class).stream().filter(e -> e.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new AssertionError("no step_finished for " + stepId + " in " + events.trace()));
    }

    private boolean finishedBefore(String stepId, long seq) {
        return finishOf(stepId) < seq;
    }
}
