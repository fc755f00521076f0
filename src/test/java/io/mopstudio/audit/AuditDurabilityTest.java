package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.RunEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An event whose onEvent has returned is in the file, whatever happens to the process next. */
class AuditDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void eachEventIsVisibleToAnotherStoreAsSoonAsOnEventReturns() {
        Path location = dir.resolve("audit");
        try (AuditStore writer = AuditStore.open(location)) {
            List<RunEvent> events = SampleRuns.rolledBackRun();
            for (RunEvent event : events) {
                writer.listener().onEvent(event);
                // A second store has its own connection; it sees only what was committed.
                try (AuditStore reader = AuditStore.open(location)) {
                    List<AuditEvent> seen = reader.events(SampleRuns.ROLLED_BACK_RUN);
                    assertEquals(event.seq(), seen.size());
                    assertEquals(event.kind(), seen.get(seen.size() - 1).kind());
                }
            }
        }
    }

    /**
     * The real thing: a child JVM records, reports each returned onEvent, and is killed with
     * SIGKILL (no shutdown hooks, no close). H2's default 500 ms write delay would lose the tail.
     * The test reads a copy of the killed process's files: reopening the original works too, but
     * H2 first waits about four seconds to be sure the dead process's lock file is stale.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eventsSurviveKillNineOfTheRecordingProcess() throws IOException, InterruptedException {
        Path location = dir.resolve("audit");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KillNineWriter.class.getName(), location.toString())
                .redirectErrorStream(true)
                .start();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.equals("ready"); line = lines.readLine()) {
                output.add(line);
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
        }
        long reported = output.stream().filter(line -> line.startsWith("recorded ")).count();
        assertEquals(SampleRuns.rolledBackRun().size(), reported, String.join("\n", output));

        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(dir.resolve("audit.mv.db"), copy.resolve("audit.mv.db"));
        Files.copy(dir.resolve("audit-admin.properties"), copy.resolve("audit-admin.properties"));
        try (AuditStore survivor = AuditStore.openExisting(copy.resolve("audit"))) {
            assertEquals(reported, survivor.events(SampleRuns.ROLLED_BACK_RUN).size());
            assertEquals("ROLLED_BACK", survivor.findRun(SampleRuns.ROLLED_BACK_RUN).orElseThrow()
                    .finalState().orElseThrow());
        }
    }
}
