package io.mopstudio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.DurationText;
import io.mopstudio.audit.RunSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mop audit list}: every recorded run, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List recorded runs, newest first.")
public final class AuditListCommand implements Callable<Integer> {

    private static final List<String> HEADERS = List.of("RUN ID", "STARTED", "MOP", "ENV", "STATE", "DURATION");

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
        try {
            // Nothing recorded yet is not an error; a stray file at the path is, and open says why.
            if (!auditDb.isServer() && !AuditStore.exists(auditDb.location())
                    && !Files.isRegularFile(auditDb.location())) {
                if (output == AuditCommand.Output.JSON) {
                    return print(out, List.of(), auditDb.location().toString());
                }
                // Say it plainly: a mistyped --audit-db must not read as "all is well, nothing ran".
                out.println("No audit database at " + auditDb.location() + ": no runs recorded there yet "
                        + "(is --audit-db the path you meant?).");
                out.flush();
                return AuditCommand.OK;
            }
            try (AuditStore store = auditDb.openExisting()) {
                InterruptedRunNotice.recordAndTell(store, spec.commandLine().getErr());
                return print(out, store.listRuns(), store.where());
            }
        } catch (AuditStoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return AuditCommand.BAD_INPUT;
        }
    }

    private int print(PrintWriter out, List<RunSummary> runs, String where) {
        if (output == AuditCommand.Output.JSON) {
            out.println(json(runs));
        } else if (runs.isEmpty()) {
            out.println("No runs recorded yet in " + where + ".");
        } else {
            out.print(table(runs));
        }
        out.flush();
        return AuditCommand.OK;
    }

    private static String json(List<RunSummary> runs) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (RunSummary run : runs) {
            ObjectNode node = array.addObject();
            node.put("run_id", run.runId());
            node.put("mop_id", run.mopId());
            node.put("mop_name", run.mopName());
            node.put("environment", run.environment());
            node.put("operator", run.operator());
            node.put("started_at", run.startedAt().toString());
            node.put("final_state", run.finalState().orElse(null));
            node.put("duration_ms", run.durationMillis().orElse(null));
        }
        try {
            return mapper.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
        }
    }

    private static String table(List<RunSummary> runs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (RunSummary run : runs) {
            rows.add(List.of(
                    run.runId(),
                    AuditCommand.localDateTime(run.startedAt()),
                    run.mopId(),
                    run.environment() + (run.demoEnvironment() ? " (demo)" : ""),
                    run.finalState().orElse("UNFINISHED"),
                    run.durationMillis().map(DurationText::of).orElse("-")));
        }
        int[] widths = new int[HEADERS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row.get(i)));
                if (i < widths.length - 1) {
                    line.append("  ");
                }
            }
            text.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
