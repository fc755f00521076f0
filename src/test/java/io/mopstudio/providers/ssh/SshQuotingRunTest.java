package io.mopstudio.providers.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.providers.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile incident value through a whole run into a catalog's remote shell line. */
class SshQuotingRunTest {

    @TempDir
    Path dir;

    @Test
    void aHostileValueIsOneWordOnTheRemoteShell() throws Exception {
        try (SshTestServer server = new SshTestServer(dir)) {
            Path knownHosts = server.knownHosts(dir, server.hostKey.getPublic());
            Files.copy(Path.of("src/test/resources/providers/ssh-catalog.yaml"), dir.resolve("ssh-catalog.yaml"));
            Path env = Files.writeString(dir.resolve("env.yaml"), String.join("\n",
                    "environment: ssh-test",
                    "catalog: ssh-catalog.yaml",
                    "inventory:",
                    "  web-1: {host: 127.0.0.1, ssh_port: " + server.port() + ", ssh_key: \"" + server.keyFile
                            + "\", known_hosts: \"" + knownHosts + "\"}",
                    "validation: {window: 0s, interval: 100ms, timeout: 5s}", ""));
            Path pwned = dir.resolve("pwned");
            Path out = dir.resolve("out.txt");
            String value = "nginx; touch " + pwned + " $(touch " + pwned + ")";

            RunResult result = new RunFixture(Map.of()).run(Path.of("src/test/resources/providers/ssh-quoting.yaml"),
                    env, Map.of("unit", value, "out", out.toString()));

            assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
            assertEquals("<" + value + ">", Files.readString(out));
            assertFalse(Files.exists(pwned), "a template value was read as shell syntax on the remote side");
        }
    }
}
