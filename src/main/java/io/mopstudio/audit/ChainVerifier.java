package io.mopstudio.audit;

import java.util.List;
import java.util.Optional;

/**
 * Recomputes one run's hash chain from its stored rows and finds the first link that does not
 * hold: a changed column of the runs row, a missing seq (a deleted row), a row whose previous hash
 * is not its predecessor's hash (a row inserted or replaced), or a row whose content no longer
 * hashes to its hash (a changed row).
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static ChainVerdict verify(RecordedRun run, List<ChainedRow> rows, boolean beforeChain) {
        String id = run.runId();
        if (rows.isEmpty() || rows.get(0).event().seq() != 1 || !"run_started".equals(rows.get(0).event().kind())) {
            return ChainVerdict.broken(id, rows.size(), 1, "its run_started event (seq 1) is missing");
        }
        Optional<String> difference = RunRowCheck.firstDifference(run, rows.get(0).event());
        if (difference.isPresent()) {
            return ChainVerdict.broken(id, rows.size(), 1, difference.get());
        }
        Optional<String> previous = Optional.empty();
        int chained = 0;
        long expectedSeq = 1;
        for (ChainedRow row : rows) {
            AuditEvent event = row.event();
            String what = "seq " + event.seq() + " (" + event.kind() + ")";
            if (event.seq() != expectedSeq) {
                return ChainVerdict.broken(id, rows.size(), expectedSeq, "seq " + expectedSeq
                        + " is missing: the next stored event is seq " + event.seq() + " (a row was deleted)");
            }
            expectedSeq++;
            if (row.hash().isEmpty()) {
                if (!beforeChain || chained > 0) {
                    return ChainVerdict.broken(id, rows.size(), event.seq(), what + " has no hash, though "
                            + (beforeChain ? "the events before it have one" : "the run was recorded after V2"));
                }
                previous = Optional.empty();
                continue;
            }
            String expectedPrevious = event.seq() == 1 ? run.mopSha256() : previous.orElse("");
            String linked = row.previousHash().orElse("");
            if (!linked.equals(expectedPrevious)) {
                return ChainVerdict.broken(id, rows.size(), event.seq(), what + " links to previous hash "
                        + RunRowCheck.abbreviated(linked) + " but " + (event.seq() == 1 ? "the MOP hash is "
                        : "seq " + (event.seq() - 1) + " has ") + RunRowCheck.abbreviated(expectedPrevious)
                        + " (a row was inserted, replaced or deleted)");
            }
            String recomputed = ChainHash.of(id, event.seq(), event.kind(), event.time(), event.json(), linked);
            if (!recomputed.equals(row.hash().get())) {
                return ChainVerdict.broken(id, rows.size(), event.seq(), what
                        + " does not match its hash: its run id, seq, kind, time or content was changed after it"
                        + " was recorded");
            }
            previous = row.hash();
            chained++;
        }
        if (beforeChain) {
            return ChainVerdict.notChained(id, rows.size(), chained == 0 ? ""
                    : "the " + chained + " events appended since are chained and intact");
        }
        return ChainVerdict.intact(id, rows.size(), previous.orElseThrow());
    }
}
