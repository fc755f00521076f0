package io.mopstudio.ui.run;

import static io.mopstudio.ui.run.RunWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.FxThreadRobot;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A burst of 10,000 engine events (a retry storm, then a flood of validation samples), sent from
 * a background thread through the listener the engine calls, while the run console shows them.
 * An AnimationTimer on the FX thread measures the longest gap between two pulses: how long the
 * window was frozen. The same burst one {@code Platform.runLater} per event is measured for comparison.
 */
@Timeout(180)
class EventBurstFxTest {

    private static final int EVENTS = 10_000;
    private static final Duration SANITY_BOUND = Duration.ofSeconds(2);

    private final FxRobot robot = new FxThreadRobot();
    private final UiDispatch dispatch = UiDispatch.fx();

    /** What one burst cost: the FX thread's longest pause and how long until the last line was shown. */
    private record Burst(String how, Duration longestPause, int pulses, int pausesOver100ms, Duration delivered,
            int lines) {
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxToolkit.cleanupStages();
        dispatch.close();
    }

    @Test
    void tenThousandLogLinesArriveWhileTheWindowKeepsDrawing() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<RunEvent> burst = burst();
        assertEquals(EVENTS, burst.size());

        // A first, smaller burst warms the JIT and the controls' CSS, so neither measured route pays for that.
        measure("warm-up", burst.subList(0, 1_000), RunViewModel::listener);
        Burst batched = measure("batched (UiBatches, " + RunViewModel.EVENTS_PER_BATCH + " per turn)", burst,
                RunViewModel::listener);
        Burst perEvent = measure("one Platform.runLater per event", burst,
                run -> event -> Platform.runLater(() -> run.apply(event)));

        for (Burst b : List.of(batched, perEvent)) {
            System.out.printf("EVENT BURST %s: %d lines, longest FX pause %d ms, %d pulses (%d gaps over 100 ms),"
                    + " all shown after %d ms%n", b.how(), b.lines(), b.longestPause().toMillis(), b.pulses(),
                    b.pausesOver100ms(), b.delivered().toMillis());
        }
        assertEquals(EVENTS, batched.lines(), "every event is a line in the log, none lost");
        assertEquals(EVENTS, perEvent.lines());
        assertTrue(batched.longestPause().compareTo(SANITY_BOUND) < 0,
                "the window froze for " + batched.longestPause().toMillis() + " ms");
    }

    /** Shows a fresh run console, sends {@code events} from a background thread through {@code route}, measures. */
    private Burst measure(String how, List<RunEvent> events, Function<RunViewModel, RunListener> route)
            throws Exception {
        RunViewModel run = new RunViewModel(dispatch);
        robot.interact(() -> run.prepare(Fixtures.sampleMop()));
        FxToolkit.setupStage(stage -> {
            RunConsoleView console = new RunConsoleView(run, new NoAfterRunActions(), text -> { });
            BorderPane root = new BorderPane(new RunLogView(run).node());
            root.setTop(console.controls());
            root.setRight(console.side());
            stage.setScene(new Scene(root, 1200, 800));
            stage.show();
        });
        PulseGaps gaps = new PulseGaps();
        robot.interact(gaps::start);
        RunListener listener = route.apply(run);
        long sent = System.nanoTime();
        Thread engine = new Thread(() -> events.forEach(listener::onEvent), "burst-engine");
        engine.start();
        engine.join();
        waitUntil(60, () -> run.log().size() >= events.size());
        Duration delivered = Duration.ofNanos(System.nanoTime() - sent);
        robot.interact(gaps::stop);
        return new Burst(how, gaps.longest(), gaps.pulses(), gaps.over100ms(), delivered, run.log().size());
    }

    /** 10,000 events as a misbehaving run sends them: thousands of failed attempts, then thousands of samples. */
    private static List<RunEvent> burst() {
        RunEvents events = new RunEvents().started("ledger-db").phase(Phase.EXECUTING);
        int attempts = 2_500;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            events.attempt(GraphKind.EXECUTION, "reset_pool", attempt, Map.of("target", "ledger-db"))
                    .attemptFailed(GraphKind.EXECUTION, "reset_pool", attempt, "connection refused", 10);
        }
        events.phase(Phase.VALIDATING);
        for (int sample = 0; sample < EVENTS - 2 * attempts - 3; sample++) {
            events.sample("connection_wait_time", sample % 7 == 0 ? CheckOutcome.PASS : CheckOutcome.FAIL,
                    String.valueOf(40 + sample % 30), "<= 50");
        }
        return events.list();
    }

    /** The longest time between two pulses while started: the FX thread's longest pause. */
    private static final class PulseGaps extends AnimationTimer {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong longest = new AtomicLong();
        private final AtomicInteger pulses = new AtomicInteger();
        private final AtomicInteger over100ms = new AtomicInteger();

        @Override
        public void handle(long now) {
            long previous = last.getAndSet(now);
            pulses.incrementAndGet();
            if (previous != 0) {
                longest.accumulateAndGet(now - previous, Math::max);
                if (now - previous > 100_000_000L) {
                    over100ms.incrementAndGet();
                }
            }
        }

        int pulses() {
            return pulses.get();
        }

        int over100ms() {
            return over100ms.get();
        }

        Duration longest() {
            return Duration.ofNanos(longest.get());
        }
    }

    /** The burst runs no real run: nothing to open or run again. */
    private static final class NoAfterRunActions implements RunConsoleActions {
        @Override
        public void openInAudit(String runId) {
        }

        @Override
        public void runAgain(RunRequest request, List<PreCheckOverride> overrides) {
        }
    }
}
