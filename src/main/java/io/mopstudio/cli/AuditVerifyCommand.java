package io.mopstudio.cli;

import io.mopstudio.audit.ChainVerdict;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code audit verify [RUN_ID]}: recomputes each run's hash chain and names the first broken link.
 * Read-only on purpose: unlike the other audit commands it records nothing, not even interrupted runs.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Recompute the hash chain of every run (or one) and report the first broken link.",
                "Exit 0: every chain intact (runs written before V2 are 'not chained'); 1: a chain is broken;"
                        + " 2: bad input."})
public final class AuditVerifyCommand implements Callable<Integer> {

    static final int BROKEN = 1;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_ID", description = "One run's id or unique prefix.")
    private String runId;

    @Option(names = "--output", paramLabel = "FORMAT", converter = AuditCommand.OutputConverter.class,
            description = "text (default) or json: one object, each run's status, head, first broken seq and problem")
    private AuditCommand.Output output = AuditCommand.Output.TEXT;

    @Mixin
    private AuditDbOption auditDb;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return AuditSession.run(spec, auditDb, (store, out, err) -> {
            List<ChainVerdict> verdicts = store.verify(Optional.ofNullable(runId));
            if (runId != null && verdicts.isEmpty()) {
                return AuditSession.noSuchRun(err, runId, store);
            }
            long broken = verdicts.stream().filter(ChainVerdict::isBroken).count();
            if (output == AuditCommand.Output.JSON) {
                out.println(VerdictsJson.of(store.where(), verdicts));
                return broken == 0 ? ExitCodes.OK : BROKEN;
            }
            verdicts.forEach(v -> out.println(v.runId() + "  " + v.describe()));
            out.println(verdicts.isEmpty() ? "No runs recorded in " + store.where() + "."
                    : broken == 0 ? "All " + verdicts.size() + " runs verified: no chain is broken."
                    : broken + " of " + verdicts.size() + " runs have a broken chain: the audit was changed "
                            + "after it was recorded.");
            return broken == 0 ? ExitCodes.OK : BROKEN;
        });
    }
}
