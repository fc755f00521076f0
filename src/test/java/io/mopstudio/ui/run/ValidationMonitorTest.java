package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.environment.ValidationSettings;
import io.mopstudio.ui.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chart series, threshold lines and the window's progress, from validation samples as the engine sends them. */
class ValidationMonitorTest {

    private static final String WAIT = "connection_wait_time";
    private static final String PROBE = "service_health_probe";

    private final ValidationMonitor monitor = new ValidationMonitor();

    @BeforeEach
    void demoTiming() {
        // The demo environment: hold 3 s, sample every 500 ms, 60 s for checks without their own timeout.
        monitor.prepare(Fixtures.sampleMop(), Optional.of(new ValidationSettings(Duration.ofSeconds(3),
                Duration.ofMillis(500), Duration.ofSeconds(60))));
    }

    @Test
    void oneTrackPerCheckWithItsTimeout() {
        assertEquals(List.of(WAIT, PROBE), monitor.tracks().stream().map(ValidationTrack::nodeId).toList());
        assertEquals(Optional.of(Duration.ofSeconds(60)), monitor.find(WAIT).orElseThrow().timeout(),
                "the MOP's timeout_seconds");
        assertEquals(Optional.of(Duration.ofSeconds(60)), monitor.find(PROBE).orElseThrow().timeout(),
                "the environment's default");
        assertEquals("all checks must hold together for 3.0 s", monitor.windowProperty().get());
    }

    @Test
    void samplesBecomeChartPointsAgainstTheThresholdFromExpected() {
        feed(new RunEvents().started("ledger-db")
                .check(CheckPhase.BASELINE, WAIT, CheckOutcome.FAIL, "240", "<= 50")
                .phase(Phase.VALIDATING)
                .sample(WAIT, CheckOutcome.FAIL, "232.1", "<= 50")
                .sample(PROBE, CheckOutcome.PASS, "HTTP 200", "HTTP 200")
                .after(400).sample(WAIT, CheckOutcome.PASS, "8", "<= 50"));
        ValidationTrack wait = monitor.find(WAIT).orElseThrow();
        assertEquals(Optional.of(new Threshold("<=", 50)), wait.thresholdProperty().get());
        assertEquals(List.of(232.1, 8.0), wait.samples().stream().map(ValidationSample::plotted).toList());
        assertEquals(List.of(0.1, 0.7), wait.samples().stream().map(ValidationSample::seconds).toList(),
                "seconds since validation began");
        assertEquals("PASS: 8, expected <= 50 (before: 240)", wait.latestProperty().get());

        ValidationTrack probe = monitor.find(PROBE).orElseThrow();
        assertEquals(Optional.empty(), probe.thresholdProperty().get(), "HTTP 200 is not a comparison");
        assertEquals(List.of(1.0), probe.samples().stream().map(ValidationSample::plotted).toList(),
                "a value that is not a number is drawn as pass (1) or fail (0)");
    }

    @Test
    void theWindowHoldsOnlyWhileEveryCheckPasses() {
        feed(new RunEvents().started("orders-db").phase(Phase.VALIDATING)
                .sample(WAIT, CheckOutcome.PASS, "8", "<= 50")
                .sample(PROBE, CheckOutcome.PASS, "HTTP 200", "HTTP 200"));
        // All passed with the sample at 300 ms after the start of the run.
        monitor.tick(RunEvents.start().plusMillis(2_300));
        assertEquals("holding 2.0 s of 3.0 s", monitor.windowProperty().get());
        assertTrue(monitor.activeProperty().get());

        feed(new RunEvents().after(2_500).sample(WAIT, CheckOutcome.FAIL, "70", "<= 50"));
        assertEquals("not holding yet: every check must pass, then hold for 3.0 s", monitor.windowProperty().get());
        monitor.tick(RunEvents.start().plusMillis(9_000));
        assertTrue(monitor.windowProperty().get().startsWith("not holding"));
    }

    @Test
    void theHeldTimeNeverExceedsTheWindowAndTheEndSaysItHeld() {
        feed(new RunEvents().started("orders-db").phase(Phase.VALIDATING)
                .sample(WAIT, CheckOutcome.PASS, "8", "<= 50")
                .sample(PROBE, CheckOutcome.PASS, "HTTP 200", "HTTP 200"));
        monitor.tick(RunEvents.start().plusMillis(10_000));
        assertEquals("holding 3.0 s of 3.0 s", monitor.windowProperty().get());
        feed(new RunEvents().after(3_000).finish(FinalState.RESOLVED, "ok"));
        assertEquals("held for 3.0 s", monitor.windowProperty().get());
        assertFalse(monitor.activeProperty().get());
    }

    @Test
    void eachCheckCountsDownToItsTimeoutUntilItClears() {
        feed(new RunEvents().started("ledger-db").phase(Phase.VALIDATING)
                .sample(WAIT, CheckOutcome.FAIL, "232.1", "<= 50"));
        monitor.tick(RunEvents.start().plusMillis(20_100));
        ValidationTrack wait = monitor.find(WAIT).orElseThrow();
        assertEquals("must clear within 1 min 00 s — 40.0 s left", wait.deadlineProperty().get());
        feed(new RunEvents().after(5_000).sample(WAIT, CheckOutcome.PASS, "9", "<= 50"));
        assertEquals("cleared after 4.9 s (limit 1 min 00 s)", wait.deadlineProperty().get());
    }

    @Test
    void rollingBackEndsTheValidation() {
        feed(new RunEvents().started("ledger-db").phase(Phase.VALIDATING)
                .sample(WAIT, CheckOutcome.FAIL, "500", "<= 50")
                .rollback("connection_wait_time got worse than before execution").phase(Phase.ROLLING_BACK));
        assertEquals("validation ended: rolling back", monitor.windowProperty().get());
        assertFalse(monitor.activeProperty().get());
    }

    @Test
    void thresholdsParseComparisonsWithNumbersOnly() {
        assertEquals(Optional.of(new Threshold(">=", 3)), Threshold.parse(">= 3"));
        assertEquals(Optional.of(new Threshold("=", -1.5)), Threshold.parse("= -1.5"));
        assertEquals(Optional.empty(), Threshold.parse("= healthy"));
        assertEquals(Optional.empty(), Threshold.parse("HTTP 2xx"));
        assertEquals(Optional.empty(), Threshold.number("no data"));
        assertEquals(Optional.of(232.1), Threshold.number("232.1"));
    }

    private void feed(RunEvents events) {
        events.list().forEach(monitor::apply);
    }
}
