package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.audit.Insights.MopOutcomes;
import io.mopstudio.audit.Insights.StepDurations;
import io.mopstudio.audit.Insights.ThresholdFit;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The figures of {@link InsightRuns}, worked out by hand. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsTest {

    @TempDir
    static Path dir;
    private AuditStore store;
    private Insights insights;

    @BeforeAll
    void record() {
        store = AuditStore.open(dir.resolve("audit"));
        InsightRuns.all().forEach(run -> run.forEach(store.listener()::onEvent));
        // Another MOP, whose validation samples sit right at the limit.
        RunFixtures tight = RunFixtures.run("T1", InsightRuns.DAY, "erin", "production");
        for (String value : List.of("49", "48", "49.5", "47", "49")) {
            tight.check(CheckPhase.VALIDATION, "wait_ms", CheckOutcome.PASS, value, "<= 50");
        }
        tight.finish(FinalState.RESOLVED).stream()
                .map(e -> e instanceof io.mopstudio.engine.event.RunStarted s ? otherMop(s) : e)
                .forEach(store.listener()::onEvent);
        insights = store.insights(Optional.of("MOP-900"));
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void successRateCountsResolvedOfFinishedRunsLeavingOutDryRuns() {
        MopOutcomes mop = insights.mops().get(0);
        assertEquals(5, insights.runs());
        assertEquals(Map.of("RESOLVED", 2, "ABORTED", 1, "ROLLED_BACK", 1, "PLANNED", 1), mop.byFinalState());
        assertEquals(4, mop.judged());
        assertEquals(0.5, mop.successRate().getAsDouble(), 1e-9);
    }

    @Test
    void thePreCheckThatAbortedIsCounted() {
        Insights.PreCheckAborts check = insights.preChecks().get(0);
        assertEquals("service_state", check.nodeId());
        assertEquals(List.of(4, 1, 1), List.of(check.evaluated(), check.failed(), check.aborts()));
    }

    @Test
    void stepDurationsAreNearestRankPercentilesOfEveryAttempt() {
        assertEquals(List.of(3L, 300L, 500L, 500L), figures(step("EXECUTION", "drain")));
        // resize: 200 (retried) and 200 in R1, 400 in R2, 1000 (failed) in R4.
        assertEquals(List.of(4L, 200L, 1000L, 1000L), figures(step("EXECUTION", "resize")));
        assertEquals(List.of(1L, 250L, 250L, 250L), figures(step("ROLLBACK", "restore")));
    }

    @Test
    void thresholdsAreJudgedByThePassingMedian() {
        ThresholdFit wait = threshold(insights, "wait_ms");
        assertEquals(List.of(6, 5, 1), List.of(wait.samples(), wait.passing(), wait.failing()));
        assertEquals(44, wait.passingMedian().getAsDouble(), 1e-9);
        assertEquals(0.12, wait.headroom().getAsDouble(), 1e-9);
        assertEquals("looks right", wait.verdict());

        ThresholdFit errors = threshold(insights, "error_rate");
        assertEquals(0.1, errors.passingMedian().getAsDouble(), 1e-9);
        assertEquals("looks loose", errors.verdict());

        ThresholdFit tight = threshold(store.insights(Optional.of("MOP-901")), "wait_ms");
        assertEquals(49, tight.passingMedian().getAsDouble(), 1e-9);
        assertEquals("looks tight", tight.verdict());
    }

    @Test
    void allMopsWhenNoneIsNamed() {
        assertEquals(List.of("MOP-900", "MOP-901"),
                store.insights(Optional.empty()).mops().stream().map(MopOutcomes::mopId).toList());
    }

    private StepDurations step(String graph, String id) {
        return insights.steps().stream().filter(s -> s.graph().equals(graph) && s.stepId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<Long> figures(StepDurations s) {
        return List.of((long) s.attempts(), s.p50Millis(), s.p90Millis(), s.maxMillis());
    }

    private static ThresholdFit threshold(Insights insights, String node) {
        return insights.thresholds().stream().filter(t -> t.nodeId().equals(node)).findFirst().orElseThrow();
    }

    private static io.mopstudio.engine.event.RunStarted otherMop(io.mopstudio.engine.event.RunStarted s) {
        return new io.mopstudio.engine.event.RunStarted(s.runId(), 1, s.time(), "MOP-901", "Tight", "1", s.mopFile(),
                s.mopSha256(), s.mopText(), s.environment(), false, s.incident(), s.operator(), s.mode(), s.process());
    }
}
