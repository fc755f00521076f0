package io.mopstudio.providers.ssh;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.shell.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

/**
 * {@code ssh.exec}: runs a command on a remote host with the user's own SSH keys, after checking
 * the host key against known_hosts. {@code command} is an argument list, sent with every argument
 * shell-quoted (the remote side always reads the line with a shell), or, with {@code shell: true},
 * a {@code script} line whose template values were quoted as it was rendered. {@code stdin} is
 * written to the command's input (for secrets; never put one in the command line), {@code env}
 * is sent as environment variables (the server must accept them). Succeeds on exit status 0; on
 * timeout or cancel the channel is closed, which ends the remote command.
 */
public final class SshExecPrimitive implements Primitive {

    static final int MAX_OUTPUT_BYTES = 64 * 1024;

    private final Path home;

    public SshExecPrimitive() {
        this(Path.of(System.getProperty("user.home", ".")));
    }

    /** {@code home} is where ~/.ssh is looked for. */
    public SshExecPrimitive(Path home) {
        this.home = home;
    }

    @Override
    public String name() {
        return "ssh.exec";
    }

    @Override
    public Set<String> shellLineParams() {
        return Set.of("script");
    }

    @Override
    public Set<String> commandLineParams() {
        return Set.of("command", "script");
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        SshTarget target = SshTarget.from(reader, home);
        CommandLine command = CommandLine.of(name(), params, reader);
        Duration timeout = reader.duration("timeout", Duration.ofMinutes(5));
        Map<String, Object> env = new LinkedHashMap<>();
        reader.map("env").forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        String stdin = reader.text("stdin", "");
        KnownHostsVerifier verifier = new KnownHostsVerifier(target.knownHosts(), target.host(), target.port());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier);
        FileKeyPairProvider keys = new FileKeyPairProvider(target.keyFiles());
        if (!target.passphrase().isEmpty()) {
            keys.setPasswordFinder(FilePasswordProvider.of(target.passphrase()));
        }
        client.start();
        try (ClientSession session = client.connect(target.user(), target.host(), target.port())
                .verify(target.connectTimeout()).getSession()) {
            for (KeyPair key : keys.loadKeys(session)) {
                session.addPublicKeyIdentity(key);
            }
            try {
                session.auth().verify(target.connectTimeout());
            } catch (IOException e) {
                return verifier.rejection().map(why -> failed(target, why, "host key refused"))
                        .orElseGet(() -> failed(target, "authentication as " + target.user() + " failed with "
                                + target.keyFiles() + ": " + e.getMessage(), "not authenticated"));
            }
            return run(session, target, command, env, stdin, timeout);
        } catch (IOException | RuntimeException e) {
            return verifier.rejection().map(why -> failed(target, why, "host key refused"))
                    .orElseGet(() -> failed(target, "cannot connect: " + describe(e), "not connected"));
        } finally {
            client.stop();
        }
    }

    private static PrimitiveResult run(ClientSession session, SshTarget target, CommandLine command,
            Map<String, Object> env, String stdin, Duration timeout) throws IOException, InterruptedException {
        BoundedOutput stdout = new BoundedOutput(MAX_OUTPUT_BYTES);
        BoundedOutput stderr = new BoundedOutput(MAX_OUTPUT_BYTES);
        try (ChannelExec channel = session.createExecChannel(command.remote(), null, env)) {
            channel.setOut(stdout);
            channel.setErr(stderr);
            channel.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            channel.open().verify(target.connectTimeout());
            Set<ClientChannelEvent> events = waitForExit(channel, timeout);
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("stdout", stdout.text());
            output.put("stderr", stderr.text());
            if (!events.contains(ClientChannelEvent.CLOSED)) {
                channel.close(true);
                output.put("error", "timed out after " + timeout.toMillis() + " ms");
                return new PrimitiveResult(false, output, target.where() + ": " + command.program()
                        + " timed out after " + timeout.toMillis() + " ms; the channel was closed", "timed out");
            }
            Integer exit = channel.getExitStatus();
            if (exit == null) {
                output.put("error", "the server sent no exit status");
                return new PrimitiveResult(false, output, target.where() + ": " + command.program()
                        + " ended without an exit status", "no exit status");
            }
            output.put("exit_code", (long) exit);
            return new PrimitiveResult(exit == 0, output, target.where() + ": " + command.program() + " exited "
                    + exit, "exit " + exit);
        }
    }

    /** Waits in short slices so an interrupt (the step was cancelled) closes the channel promptly. */
    private static Set<ClientChannelEvent> waitForExit(ChannelExec channel, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (Thread.interrupted()) {
                channel.close(true);
                throw new InterruptedException("cancelled");
            }
            long left = Math.min(200, (deadline - System.nanoTime()) / 1_000_000);
            Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Math.max(1, left));
            if (events.contains(ClientChannelEvent.CLOSED) || System.nanoTime() >= deadline) {
                return events;
            }
        }
    }

    private static PrimitiveResult failed(SshTarget target, String why, String primary) {
        return new PrimitiveResult(false, Map.of("error", why), target.where() + ": " + why, primary);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
