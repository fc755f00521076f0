package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.template.Template;
import io.mopstudio.ui.canvas.NodeState;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * A step's record as plain text an operator can read, scroll and paste into an incident channel:
 * rendered parameters (as the events give them; secrets are masked upstream), then each attempt
 * with its times and the primitive's output (summary, status, exit code, stdout, stderr, body).
 */
final class StepDetailText {

    /** The output fields shown first and in this order; others follow as the engine gave them. */
    private static final List<String> OUTPUT_ORDER = List.of("summary", "status", "exit_code", "error", "stdout",
            "stderr", "body");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private StepDetailText() {
    }

    static String of(StepRecord record, NodeState state) {
        StringBuilder out = new StringBuilder();
        out.append(record.key().id()).append(record.action().isEmpty() ? "" : " — " + record.action())
                .append("\nStatus: ").append(state.status().label())
                .append(state.detail().isEmpty() ? "" : " (" + state.detail() + ")").append('\n');
        record.status().filter(s -> s == StepStatus.SKIPPED || s == StepStatus.CANCELLED)
                .ifPresent(s -> out.append("Why: ").append(record.message()).append('\n'));
        record.lastAttempt().ifPresent(last -> {
            out.append("\nParameters, as rendered:\n");
            if (last.params().isEmpty()) {
                out.append("  (none)\n");
            }
            last.params().forEach((k, v) -> out.append("  ").append(k).append(": ").append(text(v)).append('\n'));
        });
        for (StepAttempt attempt : record.attempts()) {
            out.append("\nAttempt ").append(attempt.number()).append(": started ")
                    .append(TIME.format(attempt.started()));
            attempt.ended().ifPresent(end -> out.append(", ended ").append(TIME.format(end)).append(" after ")
                    .append(DurationText.of(attempt.durationMillis())));
            out.append(" — ").append(attempt.outcome()).append('\n');
            if (!attempt.message().isEmpty() && !attempt.message().equals(attempt.output().get("summary"))) {
                out.append("  message: ").append(attempt.message()).append('\n');
            }
            output(out, attempt.output());
        }
        if (record.attempts().isEmpty() && record.status().isEmpty()) {
            out.append("\nNot started yet.\n");
        }
        return out.toString().stripTrailing();
    }

    private static void output(StringBuilder out, Map<String, Object> output) {
        for (String field : OUTPUT_ORDER) {
            if (output.containsKey(field)) {
                block(out, field, output.get(field));
            }
        }
        output.forEach((field, value) -> {
            if (!OUTPUT_ORDER.contains(field) && !field.equals("json")) {
                block(out, field, value);
            }
        });
    }

    private static void block(StringBuilder out, String field, Object value) {
        String text = text(value);
        if (text.isEmpty()) {
            return;
        }
        if (text.contains("\n")) {
            out.append("  ").append(field).append(":\n");
            text.lines().forEach(line -> out.append("    ").append(line).append('\n'));
        } else {
            out.append("  ").append(field).append(": ").append(text).append('\n');
        }
    }

    private static String text(Object value) {
        return Template.display(value).stripTrailing();
    }
}
