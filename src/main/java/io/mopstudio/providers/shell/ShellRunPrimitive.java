package io.mopstudio.providers.shell;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code shell.run}: a local command given as a list of arguments and started directly, never
 * through a shell, so a template value is always exactly one argument. With {@code shell: true}
 * a {@code script} line is run by {@code /bin/sh -c}; its template values arrive shell-quoted
 * ({@link #shellLineParams()}), so they are still one word each. {@code stdin} is written to the
 * command's input: the place for a secret, which must never be an argument that {@code ps} shows.
 * Succeeds on exit code 0. On timeout or interrupt the whole process tree is killed.
 */
public final class ShellRunPrimitive implements Primitive {

    static final int MAX_OUTPUT_BYTES = 64 * 1024;

    @Override
    public String name() {
        return "shell.run";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        List<String> command = CommandLine.of(name(), params, reader).local();
        Duration timeout = reader.duration("timeout", Duration.ofMinutes(5));
        ProcessBuilder builder = new ProcessBuilder(command);
        for (Map.Entry<?, ?> entry : reader.map("env").entrySet()) {
            builder.environment().put(String.valueOf(entry.getKey()), String.valueOf(entry.getValue()));
        }
        String cwd = reader.text("cwd", "");
        if (!cwd.isBlank()) {
            builder.directory(new File(cwd));
        }
        String stdin = reader.text("stdin", "");
        if (stdin.isEmpty()) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new PrimitiveResult(false, Map.of("error", String.valueOf(e.getMessage())),
                    "cannot start " + command.get(0) + ": " + e.getMessage(), "not started");
        }
        feed(process, stdin);
        BoundedCapture stdout = new BoundedCapture(process.getInputStream(), MAX_OUTPUT_BYTES, "stdout-" + process.pid());
        BoundedCapture stderr = new BoundedCapture(process.getErrorStream(), MAX_OUTPUT_BYTES, "stderr-" + process.pid());
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTree.kill(process);
                Map<String, Object> output = new LinkedHashMap<>();
                output.put("stdout", stdout.text());
                output.put("stderr", stderr.text());
                output.put("error", "timed out after " + timeout.toMillis() + " ms");
                return new PrimitiveResult(false, output, String.join(" ", command)
                        + " timed out after " + timeout.toMillis() + " ms; process tree killed", "timed out");
            }
        } catch (InterruptedException e) {
            ProcessTree.kill(process);
            throw e;
        }
        int exit = process.exitValue();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("exit_code", (long) exit);
        output.put("stdout", stdout.text());
        output.put("stderr", stderr.text());
        return new PrimitiveResult(exit == 0, output, command.get(0) + " exited " + exit, "exit " + exit);
    }

    @Override
    public Set<String> shellLineParams() {
        return Set.of("script");
    }

    @Override
    public Set<String> commandLineParams() {
        return Set.of("command", "script");
    }

    /** Writes {@code stdin} on its own thread, so a command that does not read cannot block the step. */
    private static void feed(Process process, String stdin) {
        if (stdin.isEmpty()) {
            return;
        }
        Thread writer = new Thread(() -> {
            try (var in = process.getOutputStream()) {
                in.write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The command ended without reading all of it; its exit status tells what happened.
            }
        }, "stdin-" + process.pid());
        writer.setDaemon(true);
        writer.start();
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null";
    }
}
