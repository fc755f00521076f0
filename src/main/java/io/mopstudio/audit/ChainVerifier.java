package io.mopstudio.audit;

import io.mopstudio.audit.SealsTable.Seal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recomputes one run's hash chain from its stored rows and finds the first link that does not
 * hold: a changed column of the runs row, a missing seq (a deleted row), a row whose previous hash
 * is not its predecessor's hash (a row inserted or replaced), or a row whose content no longer
 * hashes to its hash (a changed row); then that every sealed event is there with the hash it was
 * sealed with (a run cut short, or a chain recomputed from a sealed event on).
 */
final class ChainVerifier {

    private ChainVerifier() {
    }

    static ChainVerdict verify(RecordedRun run, List<ChainedRow> rows, boolean beforeChain, List<Seal> seals) {
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
        Optional<ChainVerdict> unsealed = checkSeals(id, rows, seals);
        if (unsealed.isPresent()) {
            return unsealed.get();
        }
        if (beforeChain) {
            return ChainVerdict.notChained(id, rows.size(), chained == 0 ? ""
                    : "the " + chained + " events appended since are chained and intact");
        }
        return ChainVerdict.intact(id, rows.size(), previous.orElseThrow());
    }

    private static Optional<ChainVerdict> checkSeals(String id, List<ChainedRow> rows, List<Seal> seals) {
        Map<Long, ChainedRow> bySeq = rows.stream().collect(Collectors.toMap(r -> r.event().seq(), Function.identity()));
        long last = rows.get(rows.size() - 1).event().seq();
        for (Seal seal : seals) {
            if (seal.hash().isEmpty()) {
                continue;
            }
            ChainedRow row = bySeq.get(seal.seq());
            if (row == null) {
                return Optional.of(ChainVerdict.broken(id, rows.size(), last + 1, "the run was cut short: seq "
                        + seal.seq() + " was sealed with hash " + RunRowCheck.abbreviated(seal.hash().get())
                        + " but the stored events end at seq " + last + " (events were deleted from its end)"));
            }
            Optional<String> differs = sealDiffers(row, seal);
            if (differs.isPresent()) {
                return Optional.of(ChainVerdict.broken(id, rows.size(), seal.seq(), differs.get()));
            }
            if (!row.hash().equals(seal.hash())) {
                return Optional.of(ChainVerdict.broken(id, rows.size(), seal.seq(), "seq " + seal.seq() + " ("
                        + row.event().kind() + ") has hash " + RunRowCheck.abbreviated(row.hash().orElse(""))
                        + " but was sealed with " + RunRowCheck.abbreviated(seal.hash().get())
                        + " (the chain was recomputed, or the seal changed)"));
            }
        }
        List<Long> sealed = seals.stream().map(Seal::seq).toList();
        return rows.stream().filter(r -> r.hash().isPresent() && SealsTable.seals(r.event().kind())
                        && !sealed.contains(r.event().seq())).findFirst()
                .map(r -> ChainVerdict.broken(id, rows.size(), r.event().seq(), "seq " + r.event().seq() + " ("
                        + r.event().kind() + ") has no seal: its row in the seals table was deleted"));
    }

    /** The seal's copies of the event's final state and time, which the runs table shows, must be the event's. */
    private static Optional<String> sealDiffers(ChainedRow row, Seal seal) {
        AuditEvent event = row.event();
        if (!seal.sealedAt().equals(event.time())) {
            return Optional.of("the seal of seq " + seal.seq() + " says " + seal.sealedAt() + " but the event's time is "
                    + event.time() + " (the seal was changed)");
        }
        boolean stateHeld = seal.finalState().map(state -> event.json().contains("\"finalState\":\"" + state + "\""))
                .orElse(!EventsTable.RUN_FINISHED.equals(event.kind()));
        return stateHeld ? Optional.empty() : Optional.of("the seal of seq " + seal.seq() + " says final state "
                + seal.finalState().orElse("none") + " but the event does not (the seal was changed)");
    }
}
