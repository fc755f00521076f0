package io.mopstudio.providers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.PrimitiveResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ssh.exec against a real SSH server on loopback, running real commands. */
class SshExecPrimitiveTest {

    @TempDir
    static Path dir;

    private static SshTestServer server;
    private static Path knownHosts;
    private final SshExecPrimitive ssh = new SshExecPrimitive(dir);

    @BeforeAll
    static void start() throws Exception {
        server = new SshTestServer(dir);
        knownHosts = server.knownHosts(dir, server.hostKey.getPublic());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private Map<String, Object> params(Path hosts, Object... more) {
        Map<String, Object> out = new HashMap<>(Map.of("host", "127.0.0.1", "port", (long) server.port(),
                "key_file", server.keyFile.toString(), "known_hosts", hosts.toString(), "timeout", "20s"));
        for (int i = 0; i < more.length; i += 2) {
            out.put((String) more[i], more[i + 1]);
        }
        return out;
    }

    @Test
    void runsARemoteCommandWithItsExitStatusAndOutput() throws Exception {
        PrimitiveResult ok = ssh.invoke(params(knownHosts, "command", List.of("sh", "-c", "echo out; echo err >&2")));
        assertTrue(ok.succeeded(), ok.summary());
        assertEquals("out\n", ok.output().get("stdout"));
        assertEquals("err\n", ok.output().get("stderr"));
        assertEquals(0L, ok.output().get("exit_code"));

        PrimitiveResult failed = ssh.invoke(params(knownHosts, "command", List.of("sh", "-c", "exit 7")));
        assertFalse(failed.succeeded());
        assertEquals(7L, failed.output().get("exit_code"));
    }

    @Test
    void eachArgumentArrivesAsOneWordAndNothingExtraRuns() throws Exception {
        Path pwned = dir.resolve("pwned-arg");
        List<String> hostile = List.of("nginx; touch " + pwned, "$(touch " + pwned + ")", "`touch " + pwned + "`",
                "it's", "a\nb");
        List<Object> command = new java.util.ArrayList<>(List.of("printf", "<%s>"));
        command.addAll(hostile);

        PrimitiveResult result = ssh.invoke(params(knownHosts, "command", command));

        assertTrue(result.succeeded(), result.summary());
        assertEquals("<" + String.join("><", hostile) + ">", result.output().get("stdout"));
        assertFalse(Files.exists(pwned), "an argument was read as shell syntax on the remote side");
    }

    @Test
    void aSecretOnStdinNeverTouchesTheCommandLine() throws Exception {
        PrimitiveResult result = ssh.invoke(params(knownHosts, "command", List.of("sh", "-c", "read t; echo ${#t}"),
                "stdin", "s3cret-value\n"));
        assertEquals("12\n", result.output().get("stdout"), result.summary());
    }

    @Test
    void anUnknownHostIsRefusedNamingHostAndFingerprint() throws Exception {
        Path empty = Files.writeString(dir.resolve("known_hosts-empty"), "");
        Path marker = dir.resolve("ran-on-unknown");

        PrimitiveResult result = ssh.invoke(params(empty, "command", List.of("touch", marker.toString())));

        assertFalse(result.succeeded());
        String fingerprint = KeyUtils.getFingerPrint(server.hostKey.getPublic());
        assertTrue(result.summary().contains("[127.0.0.1]:" + server.port() + " is not in"), result.summary());
        assertTrue(result.summary().contains(fingerprint), result.summary());
        assertFalse(Files.exists(marker), "a command ran on a host whose key nobody checked");
    }

    @Test
    void aChangedHostKeyIsRefusedWithBothFingerprints() throws Exception {
        Path stale = server.knownHosts(dir, SshTestServer.ecKey().getPublic());
        Path marker = dir.resolve("ran-on-changed");

        PrimitiveResult result = ssh.invoke(params(stale, "command", List.of("touch", marker.toString())));

        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("CHANGED"), result.summary());
        assertTrue(result.summary().contains(KeyUtils.getFingerPrint(server.hostKey.getPublic())), result.summary());
        assertFalse(Files.exists(marker));
    }

    @Test
    void aTimeoutEndsTheRemoteCommand() throws Exception {
        Path marker = dir.resolve("finished-after-timeout");
        long start = System.nanoTime();

        PrimitiveResult result = ssh.invoke(params(knownHosts, "shell", true,
                "script", "sleep 2; touch " + marker, "timeout", "500ms"));

        assertFalse(result.succeeded());
        assertEquals("timed out", result.primary());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 1900, "the step waited for the command");
        Thread.sleep(2500);
        assertFalse(Files.exists(marker), "the remote command went on after the timeout");
    }

    @Test
    void aWrongKeyIsAnAuthenticationFailureNotAStackTrace() throws Exception {
        Path otherKey = dir.resolve("id_other");
        try (var out = Files.newOutputStream(otherKey)) {
            org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter.INSTANCE
                    .writePrivateKey(SshTestServer.ecKey(), "other", null, out);
        }
        Map<String, Object> p = params(knownHosts, "command", List.of("true"));
        p.put("key_file", otherKey.toString());
        PrimitiveResult result = ssh.invoke(p);
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("authentication"), result.summary());
    }
}
