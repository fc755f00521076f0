package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AdminTampering;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.SampleRuns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditVerifyCommandTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void record() {
        try (AuditStore store = AuditStore.open(dir.resolve("audit"))) {
            SampleRuns.recordBoth(store.listener());
        }
    }

    @Test
    void intactChainsExitZero() {
        assertEquals(0, run("audit", "verify", "--audit-db", dir.resolve("audit").toString()), err.toString());
        assertTrue(out.toString().contains(SampleRuns.ROLLED_BACK_RUN + "  intact (15 events, head "), out.toString());
        assertTrue(out.toString().contains("All 2 runs verified"), out.toString());
    }

    @Test
    void aTamperedRowExitsOneNamingRunAndSeq() {
        AdminTampering.dropTriggers(dir.resolve("audit"));
        AdminTampering.execute(dir.resolve("audit"), "UPDATE events SET json = REPLACE(json, 'alice', 'bob') "
                + "WHERE run_id = '" + SampleRuns.ROLLED_BACK_RUN + "' AND seq = 1");

        assertEquals(1, run("audit", "verify", "--audit-db", dir.resolve("audit").toString()));
        assertTrue(out.toString().contains(SampleRuns.ROLLED_BACK_RUN + "  BROKEN at seq 1: "), out.toString());
        assertTrue(out.toString().contains(SampleRuns.UNFINISHED_RUN + "  intact"), out.toString());
        assertTrue(out.toString().contains("1 of 2 runs have a broken chain"), out.toString());
    }

    @Test
    void oneRunByPrefix() {
        assertEquals(0, run("audit", "verify", "7f3b", "--audit-db", dir.resolve("audit").toString()));
        assertTrue(out.toString().startsWith(SampleRuns.UNFINISHED_RUN + "  intact"), out.toString());
    }

    @Test
    void unknownRunAndMissingDatabaseAreUsageErrors() {
        assertEquals(2, run("audit", "verify", "nope", "--audit-db", dir.resolve("audit").toString()));
        assertTrue(err.toString().contains("No run with id (or unique id prefix) 'nope'"), err.toString());
        assertEquals(2, run("audit", "verify", "--audit-db", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("No audit database at"), err.toString());
    }

    private int run(String... args) {
        CommandLine cmd = MopStudioCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }
}
