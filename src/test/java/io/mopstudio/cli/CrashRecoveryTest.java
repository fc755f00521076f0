package io.mopstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the process running a MOP: the next start finds the run, records it INTERRUPTED with
 * the step that was in flight, and neither re-runs nor rolls anything back.
 */
@Timeout(120)
class CrashRecoveryTest {

    @TempDir
    Path temp;

    @Test
    void aRunKilledMidStepShowsAsInterruptedWithTheStepInFlight() throws Exception {
        String audit = temp.resolve("audit").toString();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.mopstudio.Main", "run",
                "src/test/resources/engine/long-step.yaml", "--env", "src/test/resources/engine/local.yaml",
                "--audit-db", audit).redirectErrorStream(true).start();
        List<ProcessHandle> descendants;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.contains("start long_running"));
            assertTrue(line != null, "the child never started the long step");
            descendants = child.descendants().toList();
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        assertEquals(137, child.exitValue(), "killed by SIGKILL, as a crash would");

        CliRunTest.Outcome list = CliRunTest.cli("audit", "list", "--audit-db", audit);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("INTERRUPTED"), list.out());
        assertTrue(list.err().contains("In flight, outcome unknown: long_running."), list.err());
        String runId = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];

        CliRunTest.Outcome show = CliRunTest.cli("audit", "show", runId, "--audit-db", audit);
        assertTrue(show.out().contains("INTERRUPTED"), show.out());
        assertTrue(!show.out().contains("rollback_started"), "nothing is rolled back on its own");

        CliRunTest.Outcome again = CliRunTest.cli("audit", "list", "--audit-db", audit);
        assertTrue(again.err().isBlank(), "recorded once, not again: " + again.err());

        CliRunTest.Outcome rollback = CliRunTest.cli("run", "src/test/resources/engine/long-step.yaml", "--env",
                "src/test/resources/engine/local.yaml", "--audit-db", audit, "--rollback-of", runId);
        assertEquals(11, rollback.code(), rollback.out() + rollback.err());
        assertTrue(rollback.out().contains("rollback of interrupted run " + runId), rollback.out());
        assertTrue(rollback.out().contains("rollback ok    undo"), rollback.out());
        assertTrue(!rollback.out().contains("start quick"), "no forward step runs again: " + rollback.out());

        CliRunTest.Outcome review = CliRunTest.cli("audit", "review", runId, "--as", "alice", "--note",
                "checked the host; sleep was harmless", "--audit-db", audit);
        assertEquals(0, review.code(), review.err());
        assertTrue(CliRunTest.cli("audit", "show", runId, "--audit-db", audit).out().contains("run_reviewed"));
    }
}
