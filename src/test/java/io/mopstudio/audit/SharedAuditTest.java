package io.mopstudio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs on one audit file: the window and a command-line run, or two runs. The first to
 * open it serves it (H2 AUTO_SERVER); when that one exits mid-way through the other's run, the
 * other must go on recording, losing nothing and doubling nothing.
 */
class SharedAuditTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aRunGoesOnRecordingWhenTheProcessServingTheFileExits() throws Exception {
        Path base = dir.resolve("audit");
        AuditStore.open(base).close();
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AuditServingProcess.class.getName(), base.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("serving 0", lines.readLine());
            List<RunEvent> run = SampleRuns.rolledBackRun();
            int half = run.size() / 2;
            try (AuditStore store = AuditStore.open(base)) {
                RunListener recorder = store.listener();
                run.subList(0, half).forEach(recorder::onEvent);

                server.getOutputStream().close();
                assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the serving process exits");
                assertEquals(0, server.exitValue());

                run.subList(half, run.size()).forEach(recorder::onEvent);

                assertEquals(run.size(), store.events(SampleRuns.ROLLED_BACK_RUN).size());
                List<ChainVerdict> verdicts = store.verify(Optional.of(SampleRuns.ROLLED_BACK_RUN));
                assertTrue(verdicts.stream().allMatch(v -> v.status() == ChainVerdict.Status.INTACT), verdicts.toString());
            }
        } finally {
            server.destroyForcibly();
        }
    }
}
