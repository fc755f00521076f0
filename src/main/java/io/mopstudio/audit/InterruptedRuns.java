package io.mopstudio.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.engine.ProcessIdentity;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.RunFinished;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds runs whose process died before their end was recorded (kill -9, power loss) and records
 * them as INTERRUPTED, naming the steps that were in flight: their outcome is unknown, not failed.
 * Nothing is re-run or rolled back; a human decides. Runs whose process may still be alive (this
 * or another window or terminal) are left alone.
 */
public final class InterruptedRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditStore store;
    private final Clock clock;

    public InterruptedRuns(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records every run found interrupted; returns their summaries for the caller to show. */
    public List<String> recordAll() {
        List<String> out = new ArrayList<>();
        // Only the runs without an end, found by the seals: the window opens on this at 100,000 runs.
        for (RunSummary run : store.page(RunQuery.ALL.withFinalState(RunQuery.UNFINISHED), Integer.MAX_VALUE - 1)
                .runs()) {
            record(run).ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> record(RunSummary run) {
        List<AuditEvent> events = store.events(run.runId());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> process = field(events.get(0), "process");
        if (process.isEmpty() || ProcessIdentity.mayBeAlive(process.get())) {
            return Optional.empty();
        }
        Set<String> inFlight = new LinkedHashSet<>();
        String phase = "starting";
        for (AuditEvent event : events) {
            switch (event.kind()) {
                case "step_started" -> field(event, "stepId").ifPresent(id -> inFlight.add(graph(event) + id));
                case "step_finished" -> field(event, "stepId").ifPresent(id -> inFlight.remove(graph(event) + id));
                case "phase_started" -> phase = field(event, "phase").orElse(phase).toLowerCase().replace('_', ' ');
                default -> {
                }
            }
        }
        AuditEvent last = events.get(events.size() - 1);
        Instant now = clock.instant();
        String summary = "INTERRUPTED: " + run.mopId() + " \"" + run.mopName() + "\" v" + run.mopVersion() + " on "
                + run.environment() + " (run " + run.runId() + ")\n"
                + "The process running it (" + process.get() + ") stopped during " + phase + ", after "
                + last.kind().replace('_', ' ') + " at " + last.time() + ".\n"
                + (inFlight.isEmpty() ? "No step was in flight."
                        : "In flight, outcome unknown: " + String.join(", ", inFlight) + ".")
                + "\nNothing was re-run or rolled back. A human must check the system's state, then roll back or "
                + "mark the run reviewed (mop-studio audit review " + run.runId() + ").";
        long duration = Duration.between(run.startedAt(), now).toMillis();
        store.listener().onEvent(new RunFinished(run.runId(), last.seq() + 1, now, FinalState.INTERRUPTED, summary,
                duration));
        return Optional.of(summary);
    }

    private static String graph(AuditEvent event) {
        return "ROLLBACK".equals(field(event, "graph").orElse("")) ? "rollback:" : "";
    }

    private static Optional<String> field(AuditEvent event, String name) {
        try {
            JsonNode node = JSON.readTree(event.json()).get(name);
            return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
