package io.mopstudio.bench;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.ChainVerdict;
import io.mopstudio.audit.RawAuditRows;
import io.mopstudio.audit.RunPage;
import io.mopstudio.audit.RunQuery;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.ui.audit.AuditViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The audit at scale. Insert throughput: the first {@code -DcompareRuns} generated runs go through
 * the real recorder (JSON, hash chain, seals, one commit per event, as a run does) into one audit
 * file and, alternating chunk by chunk in the same run, the very same rows go with plain JDBC
 * batches into a second file with the same schema, and one statement and one commit per event (the
 * recorder's durability, none of its work) into a third. Then the rest of the {@code -Druns} runs of
 * {@code -DeventsPerRun} events are batch-inserted into that second file (at one commit per event
 * 5,000,000 events would take hours on a loaded laptop disk; the rows are the same, and verify
 * proves every chain), and on it this times what the Audit tab does to open (the store calls of
 * {@link AuditViewModel#refresh()}: a page of runs, their chains, the filter values), filters,
 * and verifying every chain. Prints every figure; asserts none.
 *
 * <p>{@code mvn -q -Pbench test-compile exec:java -Dbench=AuditBenchmark -Druns=100000 -DeventsPerRun=50
 * -DcompareRuns=2000} ({@code -Ddir=PATH} keeps the files somewhere else than a temporary folder;
 * with {@code -Dreuse=true} an audit already there is timed again without inserting, and
 * {@code -DskipVerifyAll=true} leaves out verifying every chain).
 */
public final class AuditBenchmark {

    private static final int CHUNK = 200;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("runs", 100_000);
        int eventsPerRun = Integer.getInteger("eventsPerRun", 50);
        int compareRuns = Math.min(runs, Integer.getInteger("compareRuns", 2_000));
        Path dir = System.getProperty("dir") == null ? Files.createTempDirectory("audit-bench")
                : Files.createDirectories(Path.of(System.getProperty("dir")));
        GeneratedRuns generated = new GeneratedRuns(eventsPerRun);
        System.out.printf("Audit benchmark: %,d runs x %d events = %,d events, files in %s%n", runs, eventsPerRun,
                (long) runs * eventsPerRun, dir);

        if (Boolean.getBoolean("reuse") && Files.exists(dir.resolve("audit.mv.db"))) {
            System.out.println("reusing the audit already in " + dir + " (-Dreuse=true): no inserts timed");
        } else {
            insert(dir, runs, eventsPerRun, compareRuns, generated);
        }
        try (AuditStore store = time("open the audit file", () -> AuditStore.openExisting(dir.resolve("audit")))) {
            time("filter choices (distinct MOPs, environments, operators, states)", store::filterValues);
            time("viewer first page (rows, then their chains)", () -> firstPage(store, RunQuery.ALL));
            time("viewer first page again (warm)", () -> firstPage(store, RunQuery.ALL));
            time("filter by MOP (MOP-7)", () -> firstPage(store, new RunQuery("MOP-7", "", "", "", Optional.empty(),
                    Optional.empty(), "")));
            time("filter by final state (ROLLED_BACK)", () -> firstPage(store, RunQuery.ALL.withFinalState("ROLLED_BACK")));
            time("filter by free text (db-123)", () -> firstPage(store, new RunQuery("", "", "", "", Optional.empty(),
                    Optional.empty(), "db-123")));
            time("filter by MOP + state + operator", () -> firstPage(store, new RunQuery("MOP-3", "", "ROLLED_BACK",
                    "operator-3", Optional.empty(), Optional.empty(), "")));
            if (Boolean.getBoolean("skipVerifyAll")) {
                return;
            }
            List<ChainVerdict> verdicts = time("verify all chains", () -> store.verify(Optional.empty()));
            long broken = verdicts.stream().filter(ChainVerdict::isBroken).count();
            System.out.printf("  %,d chains verified, %d broken%n", verdicts.size(), broken);
        }
    }

    /** Writes the runs, timing the recorder against raw batches for the first {@code compareRuns}. */
    private static void insert(Path dir, int runs, int eventsPerRun, int compareRuns, GeneratedRuns generated)
            throws Exception {
        long recorderNanos = 0;
        long rawNanos = 0;
        long rawRows = 0;
        long eachNanos = 0;
        long fillNanos = 0;
        try (AuditStore store = AuditStore.open(dir.resolve("recorded"));
             RawAuditRows raw = RawAuditRows.create(dir.resolve("audit"));
             RawAuditRows rawEach = RawAuditRows.create(dir.resolve("committed-each"))) {
            RunListener recorder = store.listener();
            for (int first = 0; first < runs; first += CHUNK) {
                List<List<RunEvent>> chunk = new ArrayList<>();
                for (int n = first; n < Math.min(runs, first + CHUNK); n++) {
                    chunk.add(generated.run(n));
                }
                boolean compared = first < compareRuns;
                long start = System.nanoTime();
                if (compared) {
                    chunk.forEach(run -> run.forEach(recorder::onEvent));
                    recorderNanos += System.nanoTime() - start;
                }
                List<RawAuditRows.Row> rows = new ArrayList<>();
                chunk.forEach(run -> rows.addAll(raw.rows(run)));
                if (compared) {
                    start = System.nanoTime();
                    rawEach.insertCommittingEach(rows);
                    eachNanos += System.nanoTime() - start;
                }
                start = System.nanoTime();
                raw.insert(rows);
                if (compared) {
                    rawNanos += System.nanoTime() - start;
                    rawRows += rows.size();
                } else {
                    fillNanos += System.nanoTime() - start;
                }
                if ((first / CHUNK) % 50 == 0) {
                    System.out.printf("  %,d runs written%n", first + chunk.size());
                }
            }
        }
        long events = (long) Math.min(runs, ((compareRuns + CHUNK - 1) / CHUNK) * CHUNK) * eventsPerRun;
        double recorderRate = events / (recorderNanos / 1e9);
        double rawRate = events / (rawNanos / 1e9);
        System.out.printf("insert, recorder (commit per event):  %,10.0f events/s  (%,d events in %.1f s)%n",
                recorderRate, events, recorderNanos / 1e9);
        System.out.printf("insert, raw JDBC batches of %d runs: %,10.0f events/s  (%.1f s; %,d rows incl. runs and seals)%n",
                CHUNK, rawRate, rawNanos / 1e9, rawRows);
        double eachRate = events / (eachNanos / 1e9);
        System.out.printf("insert, raw JDBC, commit per event:   %,10.0f events/s  (%.1f s)%n", eachRate,
                eachNanos / 1e9);
        System.out.printf("recorder / raw, same durability:      %10.1f %% (target >= 50 %%)%n",
                100 * recorderRate / eachRate);
        System.out.printf("recorder / raw batches:               %10.1f %% (batches commit 200 runs at once: "
                + "a crash loses them all)%n", 100 * recorderRate / rawRate);
        System.out.printf("filling the rest by raw batches:      %,10.0f events/s  (%.1f s)%n",
                ((long) runs * eventsPerRun - events) / Math.max(1e-9, fillNanos / 1e9), fillNanos / 1e9);
    }

    /**
     * The store calls the Audit tab makes before the rows show (on opening, {@link AuditViewModel#refresh()}
     * also reads the filters' choices, timed apart), then those it makes in the background for
     * their chain marks, each timed.
     */
    private static RunPage firstPage(AuditStore store, RunQuery query) throws Exception {
        long start = System.nanoTime();
        RunPage page = store.page(query, AuditViewModel.PAGE_SIZE);
        double shown = (System.nanoTime() - start) / 1e6;
        List<ChainVerdict> verdicts = time("    then the chains of its rows", () -> store.verify(
                page.runs().stream().map(RunSummary::runId).toList()));
        if (verdicts.stream().anyMatch(ChainVerdict::isBroken)) {
            throw new IllegalStateException("a generated run does not verify");
        }
        System.out.printf("    %d rows%s; rows shown after %.1f ms%n", page.runs().size(),
                page.more() ? " (more match)" : "", shown);
        return page;
    }

    private static <T> T time(String what, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        System.out.printf("%-56s %10.1f ms%n", what + ":", (System.nanoTime() - start) / 1e6);
        return result;
    }
}
