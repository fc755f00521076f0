package io.mopstudio.providers.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * A real SSH server (Apache MINA SSHD) on a loopback port that, like OpenSSH, runs each exec
 * request with {@code /bin/sh -c}; it accepts one client key. Writes the client's private key and
 * a known_hosts file the way a user's ~/.ssh holds them.
 */
final class SshTestServer implements AutoCloseable {

    final SshServer server;
    final KeyPair hostKey;
    final KeyPair clientKey;
    final Path keyFile;

    SshTestServer(Path dir) throws IOException, GeneralSecurityException {
        hostKey = ecKey();
        clientKey = ecKey();
        keyFile = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(keyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "tester", null, out);
        }
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(key, clientKey.getPublic()));
        server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command)
                .createShell(channel));
        server.start();
    }

    int port() {
        return server.getPort();
    }

    /** A known_hosts file listing {@code key} for this server, as OpenSSH writes a non-standard port. */
    Path knownHosts(Path dir, PublicKey key) throws IOException {
        Path file = dir.resolve("known_hosts-" + System.nanoTime());
        Files.write(file, List.of("# written by the test", "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(key)));
        return file;
    }

    static KeyPair ecKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
