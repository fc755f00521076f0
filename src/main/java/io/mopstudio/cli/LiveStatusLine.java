package io.mopstudio.cli;

import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.model.GraphKind;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * On a terminal, one status line kept under the run's progress lines and redrawn four times a
 * second: phase, steps done of the total, the running steps with their elapsed time, and the run's
 * elapsed time. It answers "is it stuck?" at a glance without burying the log. Used only when
 * stdout is a terminal; pipes and files get the plain lines alone.
 */
final class LiveStatusLine implements RunListener, AutoCloseable {

    private static final String ERASE_LINE = "\r\033[K";

    private final PrintWriter terminal;
    private final int executionSteps;
    private final int width;
    private final Clock clock;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "run-status-line");
        thread.setDaemon(true);
        return thread;
    });

    private Instant started;
    private String phase = "starting";
    private final Set<String> done = new HashSet<>();
    private final Map<String, Instant> running = new LinkedHashMap<>();
    private boolean finished;
    private boolean shown;

    LiveStatusLine(PrintWriter terminal, int executionSteps, int width, Clock clock) {
        this.terminal = terminal;
        this.executionSteps = executionSteps;
        this.width = Math.max(40, width);
        this.clock = clock;
        ticker.scheduleAtFixedRate(this::redraw, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** The terminal's width from COLUMNS when the shell exports it, else a common 100. */
    static int terminalWidth(Map<String, String> environment) {
        try {
            return Integer.parseInt(environment.getOrDefault("COLUMNS", "100").trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Prints a progress line above the status line, which is then drawn again below it. */
    Consumer<String> lines() {
        return line -> {
            synchronized (this) {
                erase();
                terminal.println(line);
                draw();
            }
        };
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        if (event instanceof RunStarted e) {
            started = e.time();
        } else if (event instanceof PhaseStarted e) {
            phase = e.phase().name().toLowerCase().replace('_', ' ');
        } else if (event instanceof StepStarted e) {
            running.put(label(e.graph(), e.stepId()), e.time());
        } else if (event instanceof StepFinished e) {
            running.remove(label(e.graph(), e.stepId()));
            if (e.graph() == GraphKind.EXECUTION) {
                done.add(e.stepId());
            }
        } else if (event instanceof RunFinished) {
            finished = true;
            erase();
        }
    }

    private static String label(GraphKind graph, String stepId) {
        return graph == GraphKind.ROLLBACK ? "rollback " + stepId : stepId;
    }

    private synchronized void redraw() {
        erase();
        draw();
    }

    private void draw() {
        if (finished || started == null) {
            return;
        }
        String text = status(clock.instant());
        terminal.print(text.length() > width - 1 ? text.substring(0, width - 2) + "…" : text);
        terminal.flush();
        shown = true;
    }

    private void erase() {
        if (shown) {
            terminal.print(ERASE_LINE);
            terminal.flush();
            shown = false;
        }
    }

    /** The status text at {@code now}; package-private so its wording can be tested without a terminal. */
    synchronized String status(Instant now) {
        String current = running.isEmpty() ? "" : " | running: " + running.entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(Duration.between(e.getValue(), now)))
                .collect(Collectors.joining(", "));
        return "[" + phase + "] steps " + done.size() + "/" + executionSteps + " done" + current
                + " | elapsed " + seconds(Duration.between(started, now));
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", Math.max(0, duration.toMillis()) / 1000.0);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        synchronized (this) {
            erase();
        }
    }
}
