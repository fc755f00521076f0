package io.mopstudio.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * {@code pid@host}, recorded with every run so that a later start can tell a run whose process
 * died (kill -9, power loss) from one still going in another window or terminal.
 */
public final class ProcessIdentity {

    private ProcessIdentity() {
    }

    public static String current() {
        return ProcessHandle.current().pid() + "@" + host();
    }

    /** False only when the process is on this host and is certainly gone. */
    public static boolean mayBeAlive(String identity) {
        int at = identity.indexOf('@');
        if (at < 0 || !identity.substring(at + 1).equals(host())) {
            return true;
        }
        try {
            long pid = Long.parseLong(identity.substring(0, at));
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            return handle.isPresent() && handle.get().isAlive();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
