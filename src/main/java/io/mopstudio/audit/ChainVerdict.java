package io.mopstudio.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code audit verify} found for one run. {@code head} is the hash of its last chained event:
 * copied somewhere the audit's admin cannot write, it also proves later that nothing was cut off
 * the end or recomputed. {@code brokenAt} and {@code problem} name the first link that fails.
 */
public record ChainVerdict(String runId, Status status, int events, Optional<String> head, Optional<Long> brokenAt,
        String problem) {

    /** INTACT: every link recomputes. NOT_CHAINED: written before V2, nothing to check. BROKEN: changed. */
    public enum Status { INTACT, NOT_CHAINED, BROKEN }

    /** The note shown for runs recorded before the chain existed. */
    public static final String NOT_CHAINED_NOTE = "not chained (written before V2)";

    public ChainVerdict {
        Objects.requireNonNull(runId);
        Objects.requireNonNull(status);
        Objects.requireNonNull(head);
        Objects.requireNonNull(brokenAt);
        Objects.requireNonNull(problem);
    }

    static ChainVerdict intact(String runId, int events, String head) {
        return new ChainVerdict(runId, Status.INTACT, events, Optional.of(head), Optional.empty(), "");
    }

    static ChainVerdict notChained(String runId, int events, String note) {
        return new ChainVerdict(runId, Status.NOT_CHAINED, events, Optional.empty(), Optional.empty(), note);
    }

    static ChainVerdict broken(String runId, int events, long seq, String problem) {
        return new ChainVerdict(runId, Status.BROKEN, events, Optional.empty(), Optional.of(seq), problem);
    }

    public boolean isBroken() {
        return status == Status.BROKEN;
    }

    /** One line, e.g. {@code broken at seq 7: step_started content does not match its hash}. */
    public String describe() {
        return switch (status) {
            case INTACT -> "intact (" + events + " events, head " + head.orElseThrow() + ")";
            case NOT_CHAINED -> problem.isEmpty() ? NOT_CHAINED_NOTE : NOT_CHAINED_NOTE + "; " + problem;
            case BROKEN -> "BROKEN at seq " + brokenAt.orElseThrow() + ": " + problem;
        };
    }
}
