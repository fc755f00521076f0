package io.mopstudio.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.Confidence;
import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.audit.RunTimeline;
import io.mopstudio.audit.RunTimeline.CheckSample;
import io.mopstudio.audit.RunTimeline.StepAttempt;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run's record as a change board reads it: what ran, where, by whom and why, how it ended, and
 * whether the audit vouches for it (the chain verdict), then every check, step attempt, sample,
 * intervention and event, and the MOP text itself. Times are UTC. Secrets were masked before they
 * were recorded, so nothing here needs hiding.
 */
public record RunReport(String title, List<ReportBlock> blocks) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLE_HEADERS = List.of("Seq", "Time", "Check", "Outcome", "Observed",
            "Expected", "Message");
    private static final List<Integer> SAMPLE_WIDTHS = List.of(5, 16, 16, 8, 14, 12, 29);
    private static final List<Integer> LOG_WIDTHS = List.of(5, 16, 79);

    public RunReport {
        blocks = List.copyOf(blocks);
    }

    public static RunReport of(RunSummary run, List<AuditEvent> events, ChainVerdict verdict, String mopText) {
        RunTimeline timeline = RunTimeline.of(events);
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Facts(facts(run, events, verdict)));
        blocks.add(new ReportBlock.Heading("Outcome"));
        blocks.add(new ReportBlock.Paragraph(finishSummary(events)));
        blocks.addAll(RunPictures.of(timeline, mopText));
        blocks.add(new ReportBlock.Heading("Pre-checks"));
        blocks.add(checks(timeline, "PRE_CHECK", "No pre-check was evaluated."));
        blocks.add(new ReportBlock.Heading("Steps"));
        blocks.add(steps(timeline, false, "No step ran."));
        blocks.add(new ReportBlock.Heading("Validation"));
        blocks.add(validation(timeline));
        blocks.add(new ReportBlock.Heading("Rollback"));
        blocks.add(steps(timeline, true, "No rollback step ran."));
        blocks.add(new ReportBlock.Heading("Approvals, overrides, interventions, escalations and reviews"));
        blocks.add(new ReportBlock.Table(List.of("Seq", "Time", "What"), LOG_WIDTHS, timeline.marks().stream()
                .map(m -> List.of(String.valueOf(m.seq()), time(m.time()), m.text())).toList(), "None."));
        blocks.add(new ReportBlock.Heading("Event log"));
        blocks.add(new ReportBlock.Table(List.of("Seq", "Time", "Event"), LOG_WIDTHS, events.stream()
                .map(e -> List.of(String.valueOf(e.seq()), time(e.time()), e.describe())).toList(),
                "No events recorded."));
        blocks.add(new ReportBlock.Heading("MOP as run (SHA-256 " + run.mopSha256() + ")"));
        blocks.add(new ReportBlock.Code(mopText));
        String title = "Run report: " + run.mopId() + (run.mopName().isEmpty() ? "" : " " + run.mopName())
                + (run.mopVersion().isEmpty() ? "" : " v" + run.mopVersion());
        return new RunReport(title, blocks);
    }

    private static List<List<String>> facts(RunSummary run, List<AuditEvent> events, ChainVerdict verdict) {
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Run", run.runId()));
        facts.add(List.of("MOP", run.mopId() + " \"" + run.mopName() + "\" v" + run.mopVersion()));
        facts.add(List.of("MOP file", orDash(run.mopFile())));
        facts.add(List.of("Environment", run.environment() + (run.demoEnvironment() ? " (demo)" : "")));
        facts.add(List.of("Mode", events.isEmpty() ? "-" : field(events.get(0), "mode")));
        facts.add(List.of("Operator", orDash(run.operator())));
        facts.add(List.of("Incident", run.incident().isEmpty() ? "-" : run.incident().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "))));
        facts.add(List.of("Confidence", Confidence.of(run.incident()).map(String::valueOf).orElse("not given")));
        facts.add(List.of("Started", time(run.startedAt())));
        facts.add(List.of("Finished", run.finishedAt().map(RunReport::time).orElse("no end recorded")));
        facts.add(List.of("Duration", run.durationMillis().map(DurationText::of).orElse("-")));
        facts.add(List.of("Final state", run.finalState().orElse("UNFINISHED")));
        facts.add(List.of("Audit chain", verdict.describe()));
        return facts;
    }

    private static ReportBlock checks(RunTimeline timeline, String phase, String empty) {
        return new ReportBlock.Table(SAMPLE_HEADERS, SAMPLE_WIDTHS,
                timeline.samples().stream().filter(s -> s.phase().equals(phase)).map(RunReport::sampleRow).toList(),
                empty);
    }

    private static ReportBlock validation(RunTimeline timeline) {
        return new ReportBlock.Table(SAMPLE_HEADERS, SAMPLE_WIDTHS,
                timeline.samples().stream().filter(s -> !s.phase().equals("PRE_CHECK"))
                        .map(s -> {
                            List<String> row = new ArrayList<>(sampleRow(s));
                            row.set(3, s.phase().equals("BASELINE") ? "baseline" : s.outcome());
                            return List.copyOf(row);
                        }).toList(), "No validation sample was taken.");
    }

    private static List<String> sampleRow(CheckSample s) {
        String check = s.nodeId().equals(s.check()) ? s.nodeId() : s.nodeId() + " (" + s.check() + ")";
        return List.of(String.valueOf(s.seq()), time(s.time()), check, s.outcome(), orDash(s.observed()),
                orDash(s.expected()), orDash(s.message()));
    }

    private static ReportBlock steps(RunTimeline timeline, boolean rollback, String empty) {
        return new ReportBlock.Table(List.of("Step", "Action", "Attempt", "Started", "Ended", "Took", "Outcome",
                "Parameters", "Output / message"), List.of(11, 11, 5, 11, 11, 5, 8, 19, 19), timeline.attempts().stream().filter(a -> a.rollback() == rollback)
                .map(RunReport::attemptRow).toList(), empty);
    }

    private static List<String> attemptRow(StepAttempt a) {
        String result = (a.output().isEmpty() || a.output().equals("{}") ? "" : a.output())
                + (a.message().isEmpty() ? "" : (a.output().isEmpty() || a.output().equals("{}") ? "" : " · ")
                + a.message());
        return List.of(a.stepId(), orDash(a.action()), String.valueOf(a.attempt()), time(a.start()), time(a.end()),
                DurationText.of(a.durationMillis()), a.outcome(), orDash(a.params()), orDash(result));
    }

    private static String finishSummary(List<AuditEvent> events) {
        return events.stream().filter(e -> e.kind().equals("run_finished")).findFirst()
                .map(e -> field(e, "summary")).filter(s -> !s.isBlank())
                .orElse("The audit holds no end for this run: it crashed, was killed, or is still running.");
    }

    private static String field(AuditEvent event, String name) {
        try {
            JsonNode node = JSON.readTree(event.json()).get(name);
            return node == null || node.isNull() ? "-" : node.asText();
        } catch (JsonProcessingException e) {
            return "-";
        }
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }
}
