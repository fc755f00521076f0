package io.mopstudio.providers.ssh;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where and as whom {@code ssh.exec} connects: host, port, user (default: the local user name),
 * key files (default: the user's ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exist), an optional key
 * passphrase (from the environment's credentials), and the known_hosts file to check the host key
 * against (default ~/.ssh/known_hosts).
 */
record SshTarget(String host, int port, String user, List<Path> keyFiles, String passphrase, Path knownHosts,
        Duration connectTimeout) {

    static SshTarget from(ParamReader reader, Path home) throws PrimitiveException {
        String host = reader.requiredText("host");
        double port = reader.number("port", 22);
        if (port < 1 || port > 65535 || port != Math.rint(port)) {
            throw new PrimitiveException("ssh.exec: port must be a whole number from 1 to 65535");
        }
        String user = reader.text("user", "");
        if (user.isBlank()) {
            user = System.getProperty("user.name", "root");
        }
        String keyFile = reader.text("key_file", "");
        List<Path> keys = keyFile.isBlank() ? defaultKeys(home) : List.of(expand(keyFile, home));
        for (Path key : keys) {
            if (!Files.isReadable(key)) {
                throw new PrimitiveException("ssh.exec: key file " + key + " cannot be read");
            }
        }
        if (keys.isEmpty()) {
            throw new PrimitiveException("ssh.exec: no key_file given and none of ~/.ssh/id_ed25519, id_ecdsa,"
                    + " id_rsa exists");
        }
        String knownHosts = reader.text("known_hosts", "");
        Path knownHostsFile = knownHosts.isBlank() ? home.resolve(".ssh/known_hosts") : expand(knownHosts, home);
        return new SshTarget(host, (int) port, user, keys, reader.text("key_passphrase", ""), knownHostsFile,
                reader.duration("connect_timeout", Duration.ofSeconds(15)));
    }

    String where() {
        return user + "@" + host + (port == 22 ? "" : ":" + port);
    }

    /** Never the passphrase: records print every component. */
    @Override
    public String toString() {
        return "SshTarget[" + where() + ", keys " + keyFiles + ", known_hosts " + knownHosts + "]";
    }

    private static List<Path> defaultKeys(Path home) {
        return Stream.of("id_ed25519", "id_ecdsa", "id_rsa").map(name -> home.resolve(".ssh").resolve(name))
                .filter(Files::isReadable).toList();
    }

    private static Path expand(String path, Path home) {
        return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    }
}
