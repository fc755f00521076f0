package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.Insights;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** {@link Insights} as aligned text for people and as JSON for scripts. */
final class InsightsOutput {

    private InsightsOutput() {
    }

    static String text(Insights insights) {
        StringBuilder text = new StringBuilder();
        text.append("Insights from ").append(insights.runs()).append(" recorded runs.\n\n");
        text.append("Success per MOP (RESOLVED of finished runs; dry runs and unfinished runs left out)\n");
        insights.mops().forEach(m -> text.append(String.format(Locale.ROOT, "  %-10s %-40s %4d runs  %-18s %s%n",
                m.mopId(), clip(m.mopName(), 40), m.runs(), rate(m.successRate(), m.resolved(), m.judged()),
                new TreeMap<>(m.byFinalState()).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")))));
        text.append("\nPre-checks, those that abort most first\n");
        if (insights.preChecks().isEmpty()) {
            text.append("  none evaluated\n");
        }
        insights.preChecks().forEach(p -> text.append(String.format(Locale.ROOT,
                "  %-10s %-40s aborted %d runs; failed %d of %d evaluations%n", p.mopId(),
                clip(p.nodeId() + (p.nodeId().equals(p.check()) ? "" : " (" + p.check() + ")"), 40), p.aborts(),
                p.failed(), p.evaluated())));
        text.append("\nStep durations (p50 / p90 / max)\n");
        if (insights.steps().isEmpty()) {
            text.append("  no step ran\n");
        }
        insights.steps().forEach(s -> text.append(String.format(Locale.ROOT, "  %-10s %-40s %4d attempts  %s / %s / %s%n",
                s.mopId(), clip(s.graph().toLowerCase(Locale.ROOT) + "/" + s.stepId(), 40), s.attempts(),
                DurationText.of(s.p50Millis()), DurationText.of(s.p90Millis()), DurationText.of(s.maxMillis()))));
        text.append("\nValidation thresholds\n");
        if (insights.thresholds().isEmpty()) {
            text.append("  no numeric validation sample recorded\n");
        }
        insights.thresholds().forEach(t -> text.append(String.format(Locale.ROOT,
                "  %-10s %-40s %4d samples (%d pass, %d fail)  passing median %s, %s to spare: %s%n", t.mopId(),
                clip(t.nodeId() + " " + t.threshold(), 40), t.samples(), t.passing(), t.failing(),
                number(t.passingMedian()), percent(t.headroom()), t.verdict())));
        text.append("\nRule: ").append(Insights.THRESHOLD_RULE).append('\n');
        return text.toString();
    }

    static String json(Insights insights) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("runs", insights.runs());
        ArrayNode mops = root.putArray("mops");
        insights.mops().forEach(m -> {
            ObjectNode node = mops.addObject().put("mop_id", m.mopId()).put("mop_name", m.mopName())
                    .put("runs", m.runs()).put("resolved", m.resolved()).put("finished", m.judged());
            put(node, "success_rate", m.successRate());
            ObjectNode states = node.putObject("final_states");
            new TreeMap<>(m.byFinalState()).forEach(states::put);
        });
        ArrayNode checks = root.putArray("pre_checks");
        insights.preChecks().forEach(p -> checks.addObject().put("mop_id", p.mopId()).put("node_id", p.nodeId())
                .put("check", p.check()).put("evaluated", p.evaluated()).put("failed", p.failed())
                .put("aborts", p.aborts()));
        ArrayNode steps = root.putArray("steps");
        insights.steps().forEach(s -> steps.addObject().put("mop_id", s.mopId()).put("graph", s.graph())
                .put("step_id", s.stepId()).put("attempts", s.attempts()).put("p50_ms", s.p50Millis())
                .put("p90_ms", s.p90Millis()).put("max_ms", s.maxMillis()));
        ArrayNode thresholds = root.putArray("thresholds");
        insights.thresholds().forEach(t -> {
            ObjectNode node = thresholds.addObject().put("mop_id", t.mopId()).put("node_id", t.nodeId())
                    .put("check", t.check()).put("threshold", t.threshold().toString()).put("samples", t.samples())
                    .put("passing", t.passing()).put("failing", t.failing());
            put(node, "passing_median", t.passingMedian());
            put(node, "headroom", t.headroom());
            node.put("verdict", t.verdict());
        });
        root.put("threshold_rule", Insights.THRESHOLD_RULE);
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values is always JSON", e);
        }
    }

    private static void put(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, value.getAsDouble());
        } else {
            node.putNull(field);
        }
    }

    private static String rate(OptionalDouble rate, int resolved, int judged) {
        return rate.isEmpty() ? "no finished run" : percent(rate) + " (" + resolved + "/" + judged + ")";
    }

    private static String percent(OptionalDouble fraction) {
        return fraction.isEmpty() ? "-" : Math.round(fraction.getAsDouble() * 100) + "%";
    }

    private static String number(OptionalDouble value) {
        if (value.isEmpty()) {
            return "-";
        }
        double v = value.getAsDouble();
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
