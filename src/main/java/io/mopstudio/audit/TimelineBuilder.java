package io.mopstudio.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.Mark;
import io.mopstudio.audit.RunTimeline.PhaseSpan;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a run's events into a {@link RunTimeline}. Works on the stored JSON by field name, like
 * {@link EventDescription}, so runs recorded by older versions still lay out.
 */
final class TimelineBuilder {

    private static final ObjectReader JSON = new ObjectMapper().reader();
    /** Final states after which a human must act: the run could not put things right by itself. */
    private static final Set<String> ESCALATED = Set.of("ROLLBACK_FAILED", "INTERRUPTED", "FAILED");

    private final List<PhaseSpan> phases = new ArrayList<>();
    private final List<StepAttempt> attempts = new ArrayList<>();
    private final List<CheckSample> samples = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    /** Attempts started and not yet ended, by graph and step id. */
    private final Map<String, JsonNode> open = new LinkedHashMap<>();
    private final Map<String, Instant> openedAt = new LinkedHashMap<>();
    private String phase;
    private Instant phaseStart;

    private TimelineBuilder() {
    }

    static RunTimeline build(List<AuditEvent> events) {
        if (events.isEmpty()) {
            Instant now = Instant.EPOCH;
            return new RunTimeline(now, now, List.of(), List.of(), List.of(), List.of());
        }
        TimelineBuilder builder = new TimelineBuilder();
        events.forEach(builder::add);
        Instant end = events.get(events.size() - 1).time();
        builder.close(end);
        return new RunTimeline(events.get(0).time(), end, builder.phases, builder.attempts, builder.samples,
                builder.marks);
    }

    private void add(AuditEvent event) {
        JsonNode json = parse(event);
        switch (event.kind()) {
            case "phase_started" -> {
                endPhase(event.time());
                phase = text(json, "phase");
                phaseStart = event.time();
            }
            case "check_evaluated" -> samples.add(new CheckSample(event.seq(), text(json, "phase"),
                    text(json, "nodeId"), text(json, "check"), event.time(), text(json, "outcome"),
                    text(json, "observed"), text(json, "expected"), text(json, "message")));
            case "step_started" -> {
                open.put(key(json), json);
                openedAt.put(key(json), event.time());
            }
            case "step_attempt_failed" -> endAttempt(json, event.time(), "RETRIED");
            case "step_finished" -> endAttempt(json, event.time(), text(json, "status"));
            case "approval_requested" -> marks.add(new Mark(event.seq(), event.time(), Mark.Kind.APPROVAL,
                    "approval requested: " + text(json, "explanation")));
            case "operator_intervened" -> marks.add(new Mark(event.seq(), event.time(), interventionKind(json),
                    text(json, "action") + " by " + text(json, "operator") + ": " + text(json, "reason")));
            case "rollback_started" -> marks.add(new Mark(event.seq(), event.time(), Mark.Kind.ROLLBACK,
                    "rollback: " + text(json, "reason")));
            case "run_reviewed" -> marks.add(new Mark(event.seq(), event.time(), Mark.Kind.REVIEW,
                    "reviewed by " + text(json, "reviewer") + ": " + text(json, "note")));
            case "run_finished" -> {
                String state = text(json, "finalState");
                marks.add(new Mark(event.seq(), event.time(),
                        ESCALATED.contains(state) ? Mark.Kind.ESCALATION : Mark.Kind.FINISHED,
                        state + (ESCALATED.contains(state) ? ": a human must take over" : "")));
                endPhase(event.time());
                phase = null;
            }
            default -> {
            }
        }
    }

    private static Mark.Kind interventionKind(JsonNode json) {
        return switch (text(json, "action")) {
            case "APPROVE", "DECLINE" -> Mark.Kind.APPROVAL;
            case "OVERRIDE" -> Mark.Kind.OVERRIDE;
            default -> Mark.Kind.INTERVENTION;
        };
    }

    private void endAttempt(JsonNode json, Instant at, String outcome) {
        String key = key(json);
        JsonNode started = open.remove(key);
        Instant start = openedAt.remove(key);
        // A step skipped or cancelled before it started has no start: a zero-length span at its end.
        attempts.add(new StepAttempt(text(json, "graph"), text(json, "stepId"),
                started == null ? "" : text(started, "action"),
                started == null ? Math.max(1, json.path("attempt").asInt(1)) : started.path("attempt").asInt(1),
                start == null ? at : start, at, outcome, started == null ? "" : started.path("params").toString(),
                json.path("output").isMissingNode() ? "" : json.path("output").toString(), text(json, "message")));
    }

    private void close(Instant end) {
        endPhase(end);
        open.forEach((key, started) -> attempts.add(new StepAttempt(text(started, "graph"), text(started, "stepId"),
                text(started, "action"), started.path("attempt").asInt(1), openedAt.get(key), end, "RUNNING",
                started.path("params").toString(), "", "no end recorded")));
    }

    private void endPhase(Instant at) {
        if (phase != null) {
            phases.add(new PhaseSpan(phase, phaseStart, at));
        }
    }

    private static String key(JsonNode json) {
        return text(json, "graph") + "/" + text(json, "stepId");
    }

    private static JsonNode parse(AuditEvent event) {
        try {
            return JSON.readTree(event.json());
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() ? "" : node.asText();
    }
}
