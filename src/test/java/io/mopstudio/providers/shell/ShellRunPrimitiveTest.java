package io.mopstudio.providers.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.yaml.PlainMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: {@code sh}, {@code printf}, {@code sleep}. */
class ShellRunPrimitiveTest {

    @TempDir
    Path dir;

    private final ShellRunPrimitive shell = new ShellRunPrimitive();

    private PrimitiveResult run(Object... command) throws Exception {
        return shell.invoke(Map.of("command", List.of(command)));
    }

    @Test
    void aTemplateValueFullOfShellSyntaxIsOneArgumentAndRunsNothing() throws Exception {
        Path pwned = dir.resolve("pwned");
        String hostile = "nginx; touch " + pwned + " && echo $(id) `id` | tee " + pwned + " > /dev/null";

        PrimitiveResult result = run("printf", "[%s]", hostile);

        assertTrue(result.succeeded(), result.summary());
        assertEquals("[" + hostile + "]", result.output().get("stdout"));
        assertFalse(Files.exists(pwned), "the value was read by a shell");
    }

    @Test
    void eachListItemArrivesAsExactlyOneArgument() throws Exception {
        PrimitiveResult result = run("printf", "<%s>", "$(id)", "two words", "", "*", "'quoted'");
        assertEquals("<$(id)><two words><><*><'quoted'>", result.output().get("stdout"));
    }

    @Test
    void capturesExitCodeStdoutAndStderr() throws Exception {
        PrimitiveResult result = run("sh", "-c", "echo out; echo oops >&2; exit 3");

        assertFalse(result.succeeded());
        assertEquals(3L, result.output().get("exit_code"));
        assertEquals("out\n", result.output().get("stdout"));
        assertEquals("oops\n", result.output().get("stderr"));
        assertEquals("sh exited 3", result.summary());
        assertEquals("exit 3", result.primary());
    }

    @Test
    void exitZeroSucceeds() throws Exception {
        PrimitiveResult result = run("true");
        assertTrue(result.succeeded());
        assertEquals(0L, result.output().get("exit_code"));
        assertEquals("", result.output().get("stdout"));
    }

    @Test
    void standardInputIsEmptySoACommandReadingItDoesNotWait() throws Exception {
        PrimitiveResult result = shell.invoke(Map.of("command", List.of("cat"), "timeout", "5s"));
        assertTrue(result.succeeded(), result.summary());
        assertEquals("", result.output().get("stdout"));
    }

    @Test
    void keepsTheFirst64KibOfOutputAndSaysHowMuchWasLeftOut() throws Exception {
        PrimitiveResult result = run("sh", "-c", "head -c 1048576 /dev/zero | tr '\\000' x; echo done >&2");

        assertTrue(result.succeeded(), result.summary());
        String stdout = (String) result.output().get("stdout");
        assertEquals("x".repeat(64 * 1024) + "\n... (" + (1048576 - 65536) + " more bytes not kept)", stdout);
        assertEquals("done\n", result.output().get("stderr"));
    }

    @Test
    void aTimeoutKillsTheWholeProcessTree() throws Exception {
        Path pids = dir.resolve("pids");
        long started = System.nanoTime();
        PrimitiveResult result = shell.invoke(Map.of(
                "command", List.of("sh", "-c", "sleep 300 & echo $! >> pids; "
                        + "sh -c 'sleep 300 & echo $! >> pids; sleep 300' & echo $! >> pids; echo $$ >> pids; wait"),
                "cwd", dir.toString(),
                "timeout", "700ms"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertFalse(result.succeeded());
        assertEquals("timed out", result.primary());
        assertTrue(result.summary().contains("timed out after 700 ms; process tree killed"), result.summary());
        assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "took " + took);
        List<Long> started4 = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
        assertEquals(4, started4.size(), "expected sh, a child, a sub-shell and its child: " + started4);
        assertAllEnd(started4);
    }

    @Test
    void interruptingTheCallerKillsTheProcessAndRethrows() throws Exception {
        Path pids = dir.resolve("pids");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                shell.invoke(Map.of("command", List.of("sh", "-c", "sleep 300 & echo $! >> pids; echo $$ >> pids; wait"),
                        "cwd", dir.toString()));
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        caller.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while ((!Files.exists(pids) || Files.readAllLines(pids).size() < 2) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<Long> started = Files.readAllLines(pids).stream().map(Long::parseLong).toList();
        assertEquals(2, started.size());

        caller.interrupt();
        caller.join(5000);

        assertFalse(caller.isAlive(), "invoke did not return after the interrupt");
        assertInstanceOf(InterruptedException.class, thrown.get());
        assertAllEnd(started);
    }

    private static void assertAllEnd(List<Long> pids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<Long> alive = pids;
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            alive = pids.stream().filter(ShellRunPrimitiveTest::running).toList();
            Thread.sleep(20);
        }
        // Leave nothing behind even when the assertion fails: these are processes this test started.
        alive.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        assertEquals(List.of(), alive, "still running after the step was stopped");
    }

    /**
     * Alive to {@link ProcessHandle} and not a zombie. A killed grandchild is handed to pid 1, which
     * may take a second or two to reap it; until then ProcessHandle still calls it alive.
     */
    private static boolean running(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
            } catch (java.io.IOException e) {
                return !Files.isDirectory(Path.of("/proc/self"));
            }
        }
        return false;
    }

    @Test
    void aMissingProgramIsAFailedResultNotAnException() throws Exception {
        PrimitiveResult result = run("mop-studio-no-such-program", "--version");

        assertFalse(result.succeeded());
        assertEquals("not started", result.primary());
        assertTrue(result.summary().startsWith("cannot start mop-studio-no-such-program: "), result.summary());
        assertTrue(result.summary().contains("No such file or directory"), result.summary());
        PlainMessages.assertPlain(result.summary());
    }

    @Test
    void environmentVariablesAreAddedToTheInheritedOnes() throws Exception {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("MOP_GREETING", "hello; world $(id)");
        env.put("MOP_SIZE", 20L);
        PrimitiveResult result = shell.invoke(Map.of(
                "command", List.of("sh", "-c", "printf '%s|%s|%s' \"$MOP_GREETING\" \"$MOP_SIZE\" \"${PATH:+has-path}\""),
                "env", env));
        assertEquals("hello; world $(id)|20|has-path", result.output().get("stdout"));
    }

    @Test
    void runsInTheGivenWorkingDirectory() throws Exception {
        Files.writeString(dir.resolve("marker.txt"), "here");
        PrimitiveResult result = shell.invoke(Map.of("command", List.of("cat", "marker.txt"), "cwd", dir.toString()));
        assertEquals("here", result.output().get("stdout"));
        PrimitiveResult pwd = shell.invoke(Map.of("command", List.of("pwd"), "cwd", dir.toString()));
        assertEquals(dir.toRealPath() + "\n", pwd.output().get("stdout"));
    }

    @Test
    void aMissingWorkingDirectoryIsAFailedResultThatSaysSo() throws Exception {
        Path missing = dir.resolve("not-here");
        PrimitiveResult result = shell.invoke(Map.of("command", List.of("pwd"), "cwd", missing.toString()));
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains(missing.toString()), result.summary());
        PlainMessages.assertPlain(result.summary());
    }

    @Test
    void badParametersAreRefusedBeforeAnythingRuns() {
        assertThrows(PrimitiveException.class, () -> shell.invoke(Map.of("command", "systemctl restart pgbouncer")));
        assertThrows(PrimitiveException.class, () -> shell.invoke(Map.of("command", List.of())));
        assertThrows(PrimitiveException.class, () -> shell.invoke(Map.of()));
        assertThrows(PrimitiveException.class, () -> shell.invoke(Map.of("command", List.of("echo", List.of("a")))));
        PrimitiveException timeout = assertThrows(PrimitiveException.class,
                () -> shell.invoke(Map.of("command", List.of("true"), "timeout", "soon")));
        assertEquals("shell.run: 'timeout' must be a duration such as 30s or 2m, not 'soon'", timeout.getMessage());
        assertThrows(PrimitiveException.class, () -> shell.invoke(Map.of("command", List.of("true"), "env", "A=1")));
        for (Object outOfRange : List.of("99999999999999999999s", "9999999999999999h", -0.5)) {
            assertThrows(PrimitiveException.class,
                    () -> shell.invoke(Map.of("command", List.of("true"), "timeout", outOfRange)), outOfRange.toString());
        }
    }
}
