package io.mopstudio.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a run is started beyond what it runs: who may approve it past the blast-radius limit,
 * which failed pre-checks an operator overrides, and a run-wide deadline after which what ran is
 * rolled back as if an operator had aborted.
 */
public record RunOptions(ApprovalGate approvals, List<PreCheckOverride> overrides, Optional<Duration> deadline,
        Optional<DryRun> dryRun, Optional<PriorRun> rollbackOf) {

    public RunOptions(ApprovalGate approvals, List<PreCheckOverride> overrides, Optional<Duration> deadline,
            Optional<DryRun> dryRun) {
        this(approvals, overrides, deadline, dryRun, Optional.empty());
    }

    /** A dry run acts on nothing; WITH_PRE_CHECKS also evaluates the pre-checks, which only read. */
    public enum DryRun { PLAN_ONLY, WITH_PRE_CHECKS }

    public RunOptions {
        overrides = List.copyOf(overrides);
    }

    public static RunOptions defaults() {
        return new RunOptions(ApprovalGate.NONE, List.of(), Optional.empty(), Optional.empty());
    }

    public RunOptions asDryRun(DryRun kind) {
        return new RunOptions(approvals, overrides, deadline, Optional.of(kind), rollbackOf);
    }

    /** Runs only the rollback graph, undoing what an interrupted run had started. */
    public RunOptions asRollbackOf(PriorRun prior) {
        return new RunOptions(approvals, overrides, deadline, dryRun, Optional.of(prior));
    }

    public Optional<PreCheckOverride> overrideFor(String checkNodeId) {
        return overrides.stream().filter(o -> o.checkNodeId().equals(checkNodeId)).findFirst();
    }
}
