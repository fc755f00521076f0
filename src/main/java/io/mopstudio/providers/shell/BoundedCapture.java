package io.mopstudio.providers.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drains a process stream on its own thread, keeping the first {@code limit} bytes and counting
 * the rest, so a chatty command can neither block on a full pipe nor fill the workstation's memory.
 */
final class BoundedCapture {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final int limit;
    private long dropped;
    private final Thread reader;

    BoundedCapture(InputStream in, int limit, String name) {
        this.limit = limit;
        this.reader = new Thread(() -> drain(in), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (this) {
                    int room = Math.max(0, limit - kept.size());
                    kept.write(buffer, 0, Math.min(room, n));
                    dropped += Math.max(0, n - room);
                }
            }
        } catch (IOException e) {
            // The process was killed or closed its end: what was read so far is the output.
        }
    }

    /** The text captured, with a note of how much was left out; waits briefly for the reader to finish. */
    String text() throws InterruptedException {
        reader.join(2000);
        synchronized (this) {
            String text = kept.toString(StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + "\n... (" + dropped + " more bytes not kept)";
        }
    }
}
