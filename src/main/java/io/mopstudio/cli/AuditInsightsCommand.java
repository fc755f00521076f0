package io.mopstudio.cli;

import io.mopstudio.audit.Insights;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit insights [--mop ID]}: what past runs say about the MOPs (the self-improving loop). */
@Command(name = "insights", mixinStandardHelpOptions = true,
        description = {"What past runs say: success rate per MOP, the pre-checks that abort most, step durations "
                + "(p50/p90/max) and how close validation samples run to their thresholds."})
public final class AuditInsightsCommand implements Callable<Integer> {

    @Option(names = "--mop", paramLabel = "ID", description = "Only the runs of this MOP id.")
    private String mop;

    @Option(names = "--output", paramLabel = "FORMAT", converter = AuditCommand.OutputConverter.class,
            description = "text (default) or json")
    private AuditCommand.Output output = AuditCommand.Output.TEXT;

    @Mixin
    private AuditDbOption auditDb;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return AuditSession.run(spec, auditDb, (store, out, err) -> {
            Insights insights = store.insights(Optional.ofNullable(mop).map(String::strip));
            if (mop != null && insights.runs() == 0) {
                err.println("No runs of MOP '" + mop + "' in " + store.where() + ".");
                return ExitCodes.USAGE;
            }
            out.print(output == AuditCommand.Output.JSON ? InsightsOutput.json(insights)
                    : InsightsOutput.text(insights));
            return ExitCodes.OK;
        });
    }
}
