package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.model.GraphKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal's live status line: what it says, and that progress lines never end up inside it. */
class LiveStatusLineTest {

    private static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");

    @Test
    void saysPhaseStepsDoneRunningStepsAndElapsed() {
        StringWriter screen = new StringWriter();
        try (LiveStatusLine status = new LiveStatusLine(new PrintWriter(screen), 3, 120, Clock.fixed(T0, ZoneOffset.UTC))) {
            status.onEvent(started());
            status.onEvent(new PhaseStarted("R1", 2, T0.plusMillis(100), Phase.EXECUTING));
            status.onEvent(new StepStarted("R1", 3, T0.plusSeconds(1), GraphKind.EXECUTION, "drain", "a", Map.of(), 1));
            status.onEvent(new StepFinished("R1", 4, T0.plusSeconds(2), GraphKind.EXECUTION, "drain",
                    StepStatus.SUCCEEDED, Map.of(), "", 1000));
            status.onEvent(new StepStarted("R1", 5, T0.plusSeconds(2), GraphKind.EXECUTION, "restart", "a", Map.of(), 1));

            assertEquals("[executing] steps 1/3 done | running: restart 4.5 s | elapsed 6.5 s",
                    status.status(T0.plusMillis(6500)));
        }
    }

    @Test
    void progressLinesArePrintedAboveTheStatusLineWhichIsErasedFirst() {
        StringWriter screen = new StringWriter();
        try (LiveStatusLine status = new LiveStatusLine(new PrintWriter(screen), 3, 120, Clock.fixed(T0, ZoneOffset.UTC))) {
            status.onEvent(started());
            status.lines().accept("first line");
            status.lines().accept("second line");

            String text = screen.toString();
            assertTrue(text.contains("first line\n"), text);
            assertTrue(text.contains("\r\033[Ksecond line\n"), "the status line is erased before a line: " + text);
            assertTrue(text.endsWith("elapsed 0.0 s"), "the status line is drawn again below: " + text);

            status.onEvent(new RunFinished("R1", 9, T0, FinalState.RESOLVED, "", 0));
            assertTrue(screen.toString().endsWith("\r\033[K"), "a finished run leaves no status line behind");
            status.lines().accept("summary");
            assertFalse(screen.toString().endsWith("elapsed 0.0 s"), screen.toString());
        }
    }

    @Test
    void aNarrowTerminalGetsATruncatedLineAndCOLUMNSIsRead() {
        assertEquals(80, LiveStatusLine.terminalWidth(Map.of("COLUMNS", "80")));
        assertEquals(100, LiveStatusLine.terminalWidth(Map.of("COLUMNS", "wide")));
        assertEquals(100, LiveStatusLine.terminalWidth(Map.of()));
        StringWriter screen = new StringWriter();
        try (LiveStatusLine status = new LiveStatusLine(new PrintWriter(screen), 3, 40, Clock.fixed(T0, ZoneOffset.UTC))) {
            status.onEvent(started());
            status.lines().accept("x");
            String drawn = screen.toString().substring(screen.toString().indexOf("x\n") + 2);
            assertTrue(drawn.length() <= 39 && drawn.endsWith("…"), drawn);
        }
    }

    private static RunStarted started() {
        return new RunStarted("R1", 1, T0, "MOP-1", "m", "1", "f", "sha", "text", "demo", true, Map.of(), "op",
                RunMode.LIVE, "1@h");
    }
}
