package io.mopstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.StepAttemptFailed;
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

/** Timeouts, retries, conditions, compensation and operator control, against real local processes. */
@Timeout(60)
class SafetyBehaviourTest {

    private static final Path FIXTURES = Path.of("src/test/resources/engine");
    private static final String ENV = FIXTURES.resolve("local.yaml").toString();

    @TempDir
    Path temp;

    private final RecordingListener events = new RecordingListener();
    private final RunEngine engine = new RunEngine(Primitives.standard(), Clock.systemUTC(), 2);

    private SetupResult setup(String mop, Map<String, String> incident) {
        return new RunSetup(port -> {
            throw new AssertionError("no lab here");
        }).prepare(FIXTURES.resolve(mop), ENV, incident, "tester");
    }

    private RunRequest request(String mop, Map<String, String> incident) {
        SetupResult setup = setup(mop, incident);
        assertTrue(setup.problems().isEmpty(), () -> "setup problems: " + setup.problems());
        return setup.request().orElseThrow();
    }

    @Test
    void aTimedOutShellStepLeavesNoProcessBehind() throws Exception {
        Path pids = temp.resolve("pids");
        RunResult result = engine.run(request("timeout.yaml", Map.of("pids", pids.toString())), events);

        assertEquals(FinalState.FAILED, result.finalState());
        StepFinished hang = events.of(StepFinished.class).get(0);
        assertTrue(hang.message().startsWith("timed out after 1s"), hang.message());
        List<Long> started = Files.readAllLines(pids).stream().map(String::strip).map(Long::parseLong).toList();
        assertEquals(2, started.size(), "the shell and its sleeping child");
        for (long pid : started) {
            assertTrue(gone(pid), "process " + pid + " outlived the step's timeout");
        }
    }

    /** Killed processes may stay zombies until init reaps them; a zombie has done its last work. */
    private static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 50; i++) {
            Path status = Path.of("/proc/" + pid + "/status");
            if (!Files.exists(status) || Files.readString(status).contains("State:\tZ")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void retriesCountAttemptsAsDocumented() throws Exception {
        Path counter = temp.resolve("counter");
        Path failures = temp.resolve("failures");
        RunResult result = engine.run(request("retries.yaml",
                Map.of("counter", counter.toString(), "failures", failures.toString())), events);

        assertEquals(3, Files.readAllLines(counter).size(), "succeeds on the third attempt and stops trying");
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("flaky"));
        assertEquals(3, Files.readAllLines(failures).size(), "retries.max 2 means 3 attempts in all");
        assertEquals(StepStatus.FAILED, result.steps().get("always_fails"));
        List<StepAttemptFailed> flakyRetries = events.of(StepAttemptFailed.class).stream()
                .filter(e -> e.stepId().equals("flaky")).toList();
        assertEquals(List.of(100L, 200L), flakyRetries.stream().map(StepAttemptFailed::retryInMillis).toList(),
                "delay 100ms with backoff 2");
        List<Integer> attempts = events.of(StepStarted.class).stream().filter(e -> e.stepId().equals("flaky"))
                .map(StepStarted::attempt).toList();
        assertEquals(List.of(1, 2, 3), attempts, "each attempt is recorded with its own start");
        assertTrue(events.of(StepFinished.class).stream().filter(e -> e.stepId().equals("always_fails"))
                .findFirst().orElseThrow().message().contains("attempt 3 of 3"));
    }

    @Test
    void rollbackCompensatesOnlyWhatRanInReverseDependencyOrder() throws Exception {
        Path log = temp.resolve("log");
        RunResult result = engine.run(request("compensates.yaml", Map.of("log", log.toString())), events);

        assertEquals(FinalState.ROLLED_BACK, result.finalState(), result.summary());
        List<String> undone = Files.readAllLines(log);
        assertFalse(undone.contains("undo_never"), "never started, so nothing to undo");
        assertTrue(undone.contains("always"), "a rollback step without compensates always runs");
        assertTrue(undone.indexOf("undo_second") < undone.indexOf("undo_first"),
                "second depended on first, so it is undone first: " + undone);
        StepFinished notNeeded = events.of(StepFinished.class).stream()
                .filter(e -> e.stepId().equals("undo_never")).findFirst().orElseThrow();
        assertEquals(StepStatus.SKIPPED, notNeeded.status());
        assertTrue(notNeeded.message().startsWith("not needed: never"), notNeeded.message());
    }

    @Test
    void whenFalseSkipsWithTheReasonAndContinueLetsTheRunResolveWithAWarning() throws Exception {
        Path log = temp.resolve("log");
        RunResult result = engine.run(request("when-continue.yaml",
                Map.of("severity", "low", "log", log.toString())), events);

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        assertEquals(StepStatus.SKIPPED, result.steps().get("only_critical"));
        assertEquals(StepStatus.FAILED, result.steps().get("best_effort"));
        assertEquals(StepStatus.SKIPPED, result.steps().get("after_best_effort"));
        assertEquals(List.of("main"), Files.readAllLines(log));
        assertTrue(result.summary().contains("WARNING") && result.summary().contains("best_effort"),
                result.summary());
        StepFinished skipped = events.of(StepFinished.class).stream()
                .filter(e -> e.stepId().equals("only_critical")).findFirst().orElseThrow();
        assertEquals("skipped: when '{{ incident.severity }} == critical' is false", skipped.message());
    }

    @Test
    void whenTrueRuns() throws Exception {
        Path log = temp.resolve("log");
        engine.run(request("when-continue.yaml", Map.of("severity", "critical", "log", log.toString())), events);

        assertTrue(Files.readAllLines(log).contains("only_critical"));
    }

    @Test
    void anInputThatDoesNotMatchItsPatternIsRefusedBeforeAnythingRuns() {
        SetupResult setup = setup("when-continue.yaml", Map.of("severity", "urgent", "log", "x"));

        assertTrue(setup.request().isEmpty());
        assertTrue(String.join("\n", setup.problems()).contains("'urgent' does not match the pattern"),
                setup.problems().toString());
    }

    @Test
    void pauseStopsNewStepsAndAbortRollsBackWhatRan() throws Exception {
        Path log = temp.resolve("log");
        RunHandle handle = engine.start(request("pausable.yaml", Map.of("log", log.toString())), events);
        while (!events.trace().contains("step_started:one")) {
            Thread.sleep(10);
        }
        handle.pause("alice", "checking dashboards");
        while (!events.trace().contains("step_finished:one:SUCCEEDED")) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        assertFalse(events.trace().contains("step_started:two"), "paused: no new step starts");
        handle.resume("alice", "looks fine");
        while (!events.trace().contains("step_started:two")) {
            Thread.sleep(20);
        }
        handle.abort("alice", "wrong database");
        RunResult result = handle.await();

        assertEquals(FinalState.CANCELLED, result.finalState(), result.summary());
        assertEquals(StepStatus.CANCELLED, result.steps().get("two"));
        assertEquals(StepStatus.SUCCEEDED, result.steps().get("undo_one"), "what ran is rolled back");
        assertEquals(StepStatus.SKIPPED, result.steps().get("undo_three"), "three never started");
        assertEquals(List.of("one", "two", "undo_one"), Files.readAllLines(log));
        assertEquals(List.of(OperatorIntervened.Action.PAUSE, OperatorIntervened.Action.RESUME,
                        OperatorIntervened.Action.ABORT),
                events.of(OperatorIntervened.class).stream().map(OperatorIntervened::action).toList());
        assertTrue(result.summary().contains("aborted by alice: wrong database"), result.summary());
    }
}
