package io.mopstudio.providers.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Accepts a server only when its host key is the one the user's {@code known_hosts} lists for
 * the host (as OpenSSH does with StrictHostKeyChecking). An unknown host or a changed key is
 * refused, never trusted silently, and {@link #rejection()} says why with the host and the
 * key's fingerprint, so the operator can check it with the host's owner.
 */
final class KnownHostsVerifier implements ServerKeyVerifier {

    private final Path knownHosts;
    private final String host;
    private final int port;
    private volatile String rejection;

    KnownHostsVerifier(Path knownHosts, String host, int port) {
        this.knownHosts = knownHosts;
        this.host = host;
        this.port = port;
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remoteAddress, PublicKey serverKey) {
        String offered = KeyUtils.getKeyType(serverKey) + " " + KeyUtils.getFingerPrint(serverKey);
        String name = port == 22 ? host : "[" + host + "]:" + port;
        List<PublicKey> listed;
        try {
            listed = keysFor(session);
        } catch (IOException | GeneralSecurityException e) {
            rejection = "cannot read " + knownHosts + " (" + e.getMessage() + "); host " + name + " offered " + offered;
            return false;
        }
        if (listed.stream().anyMatch(key -> KeyUtils.compareKeys(key, serverKey))) {
            return true;
        }
        if (listed.isEmpty()) {
            rejection = "host " + name + " is not in " + knownHosts + "; it offered " + offered
                    + ". Check that fingerprint with the host's owner, then add the key (e.g. ssh-keyscan -p " + port
                    + " " + host + " >> " + knownHosts + ")";
        } else {
            rejection = "the host key of " + name + " has CHANGED: " + knownHosts + " lists "
                    + listed.stream().map(k -> KeyUtils.getKeyType(k) + " " + KeyUtils.getFingerPrint(k)).toList()
                    + " but the host offered " + offered + ". Someone may be intercepting the connection,"
                    + " or the host was rebuilt; nothing was run";
        }
        return false;
    }

    Optional<String> rejection() {
        return Optional.ofNullable(rejection);
    }

    private List<PublicKey> keysFor(ClientSession session) throws IOException, GeneralSecurityException {
        List<PublicKey> out = new ArrayList<>();
        if (!Files.exists(knownHosts)) {
            return out;
        }
        for (KnownHostEntry entry : KnownHostEntry.readKnownHostEntries(knownHosts)) {
            // @cert-authority and @revoked lines are not keys of this host to trust.
            if (entry.getMarker() != null && !entry.getMarker().isEmpty()) {
                continue;
            }
            if (entry.isHostMatch(host, port) && entry.getKeyEntry() != null) {
                PublicKey key = entry.getKeyEntry().resolvePublicKey(session, Map.of(), PublicKeyEntryResolver.IGNORING);
                if (key != null) {
                    out.add(key);
                }
            }
        }
        return out;
    }
}
