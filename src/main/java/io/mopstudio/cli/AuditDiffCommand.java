package io.mopstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.diff.MopChange;
import io.mopstudio.diff.MopDiff;
import io.mopstudio.model.Mop;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.MopLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code audit diff A B}: what changed, by meaning, between the MOPs two runs ran (or a run and a
 * file being prepared): steps, edges, parameters, thresholds, settings. Exit 0 when nothing
 * changed, 1 when something did (as diff(1)), 2 for bad input.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare the MOPs two runs ran, by meaning: steps and checks added or removed, parameters, "
                + "thresholds and settings changed, edges changed. Either side may also be a MOP file. "
                + "Exit 0: no change; 1: changes; 2: bad input.")
public final class AuditDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "A run id (or unique prefix), or a MOP file.")
    private String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "A run id (or unique prefix), or a MOP file.")
    private String newer;

    @Option(names = "--output", paramLabel = "FORMAT", converter = AuditCommand.OutputConverter.class,
            description = "text (default) or json")
    private AuditCommand.Output output = AuditCommand.Output.TEXT;

    @Mixin
    private AuditDbOption auditDb;

    @Spec
    private CommandSpec spec;

    /** One side of the comparison: the MOP, and a label saying where it came from. */
    private record Side(Mop mop, String label) {
    }

    @Override
    public Integer call() {
        if (isFile(older) && isFile(newer)) {
            return compare(side(older, null), side(newer, null));
        }
        return AuditSession.run(spec, auditDb, (store, out, err) -> compare(side(older, store), side(newer, store)));
    }

    private static boolean isFile(String argument) {
        return Files.isRegularFile(Path.of(argument));
    }

    /** The side, or empty after saying why it cannot be read. */
    private Optional<Side> side(String argument, AuditStore store) {
        PrintWriter err = spec.commandLine().getErr();
        if (isFile(argument)) {
            MopLoader.Loaded loaded = new MopLoader().load(Path.of(argument));
            return mop(loaded.result(), argument, argument);
        }
        Optional<RunSummary> run = store.findRun(argument);
        if (run.isEmpty()) {
            AuditSession.noSuchRun(err, argument, store);
            return Optional.empty();
        }
        String text = store.mopText(run.get().runId()).orElse("");
        String label = run.get().mopId() + " v" + run.get().mopVersion() + " as run " + run.get().runId() + " ran it ("
                + AuditCommand.localDateTime(run.get().startedAt()) + ")";
        return mop(new MopLoader().parse(text, "run " + run.get().runId()), argument, label);
    }

    private Optional<Side> mop(LoadResult<Mop> result, String argument, String label) {
        if (result.value().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("mop-studio audit diff: cannot read the MOP of " + argument + ":");
            result.problems().stream().filter(p -> p.isError()).limit(5).forEach(p -> err.println("  " + p));
            return Optional.empty();
        }
        return Optional.of(new Side(result.value().get(), label));
    }

    private int compare(Optional<Side> before, Optional<Side> after) {
        PrintWriter out = spec.commandLine().getOut();
        if (before.isEmpty() || after.isEmpty()) {
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        List<MopChange> changes = MopDiff.between(before.get().mop(), after.get().mop());
        out.print(output == AuditCommand.Output.JSON ? json(before.get(), after.get(), changes)
                : text(before.get(), after.get(), changes));
        out.flush();
        return changes.isEmpty() ? ExitCodes.OK : 1;
    }

    private static String text(Side before, Side after, List<MopChange> changes) {
        StringBuilder text = new StringBuilder("Comparing " + before.label() + "\n     with " + after.label() + "\n");
        if (changes.isEmpty()) {
            return text.append("No change in meaning (the texts may still differ in layout or comments).\n")
                    .toString();
        }
        MopChange.Section section = null;
        for (MopChange change : changes) {
            if (change.section() != section) {
                section = change.section();
                text.append('\n').append(section.title()).append('\n');
            }
            text.append("  ").append(change.describe()).append('\n');
        }
        return text.append('\n').append(changes.size()).append(changes.size() == 1 ? " change.\n" : " changes.\n")
                .toString();
    }

    private static String json(Side before, Side after, List<MopChange> changes) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("old", before.label());
        root.put("new", after.label());
        ArrayNode list = root.putArray("changes");
        for (MopChange change : changes) {
            ObjectNode node = list.addObject();
            node.put("section", change.section().name().toLowerCase(Locale.ROOT));
            node.put("path", change.path());
            node.put("kind", change.kind().name().toLowerCase(Locale.ROOT));
            node.put("before", change.before().orElse(null));
            node.put("after", change.after().orElse(null));
        }
        return root.toPrettyString() + "\n";
    }
}
