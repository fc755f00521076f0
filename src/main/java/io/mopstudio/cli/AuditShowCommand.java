package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.audit.RunSummaryJson;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mop audit show RUN_ID}: one run's header and every event it recorded, in order. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one recorded run, event by event.")
public final class AuditShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "The run's id, or a unique prefix of it.")
    private String runId;

    @Mixin
    private AuditDbOption auditDb;

    @Option(names = "--output", paramLabel = "FORMAT", converter = AuditCommand.OutputConverter.class,
            description = "text (default) or json")
    private AuditCommand.Output output = AuditCommand.Output.TEXT;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AuditStore store = auditDb.openExisting()) {
            InterruptedRunNotice.recordAndTell(store, err);
            Optional<RunSummary> run = store.findRun(runId);
            if (run.isEmpty()) {
                AuditSession.noSuchRun(err, runId, store);
                err.flush();
                return AuditCommand.BAD_INPUT;
            }
            List<AuditEvent> events = store.events(run.get().runId());
            out.print(output == AuditCommand.Output.JSON ? json(run.get(), events) : text(run.get(), events));
            out.flush();
            return AuditCommand.OK;
        } catch (AuditStoreException e) {
            err.println(e.getMessage());
            err.flush();
            return AuditCommand.BAD_INPUT;
        }
    }

    private static String text(RunSummary run, List<AuditEvent> events) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(field("Run", run.runId()));
        text.append(field("MOP", join(run.mopId(), quoted(run.mopName()), prefixed("v", run.mopVersion()))));
        text.append(field("File", run.mopFile()));
        text.append(field("SHA-256", run.mopSha256()));
        text.append(field("Environment", run.environment() + (run.demoEnvironment() ? " (demo)" : "")));
        text.append(field("Operator", run.operator()));
        text.append(field("Incident", run.incident().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "))));
        text.append(field("Started", AuditCommand.localDateTime(run.startedAt())));
        text.append(field("State", run.finalState()
                .map(state -> state + run.durationMillis().map(ms -> " after " + DurationText.of(ms)).orElse(""))
                .orElse("UNFINISHED (no run_finished recorded: crashed, killed or still running)")));
        text.append(nl);
        int seqWidth = Math.max(3, String.valueOf(events.isEmpty() ? 0 : events.get(events.size() - 1).seq()).length());
        text.append(String.format("%" + seqWidth + "s  %-12s  %s%n", "SEQ", "TIME", "EVENT"));
        for (AuditEvent event : events) {
            text.append(String.format("%" + seqWidth + "d  %-12s  %s%n",
                    event.seq(), AuditCommand.localTime(event.time()), event.describe()));
        }
        return text.toString();
    }

    private static String field(String name, String value) {
        return String.format("%-12s %s%n", name, value.isEmpty() ? "-" : value);
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "" : "\"" + value + "\"";
    }

    private static String prefixed(String prefix, String value) {
        return value.isEmpty() ? "" : prefix + value;
    }

    private static String json(RunSummary run, List<AuditEvent> events) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode header = root.putObject("run");
        RunSummaryJson.fill(header, run);
        ArrayNode list = root.putArray("events");
        try {
            for (AuditEvent event : events) {
                ObjectNode node = list.addObject();
                node.put("seq", event.seq());
                node.put("kind", event.kind());
                node.put("time", event.time().toString());
                node.put("description", event.describe());
                node.set("event", mapper.readTree(event.json()));
            }
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new AuditStoreException("The audit holds an event that is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
