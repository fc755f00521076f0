package io.mopstudio.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SharedAuditTest}: opens an audit file first, so that with H2's
 * AUTO_SERVER it serves the file to every later opener, says "serving", and closes the store and
 * exits when its stdin ends, as a command-line run does when it finishes.
 */
public final class AuditServingProcess {

    private AuditServingProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (AuditStore store = AuditStore.open(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("serving " + store.listRuns().size());
            System.out.flush();
            while (in.readLine() != null) {
                // Wait for the test to close stdin.
            }
        }
    }
}
