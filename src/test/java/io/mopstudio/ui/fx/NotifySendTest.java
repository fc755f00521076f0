package io.mopstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class NotifySendTest {

    @TempDir
    Path temp;

    @Test
    void notFoundOnAPathWithoutIt() {
        assertTrue(NotifySend.find(temp.toString()).isEmpty());
        assertTrue(NotifySend.find(null).isEmpty());
    }

    @Test
    @Timeout(20)
    void theTextGoesAsSeparateArgumentsWithNoShellBetween() throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path args = temp.resolve("args.txt");
        // A stand-in notify-send that writes each argument on its own line.
        Path script = bin.resolve("notify-send");
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > " + args + ".tmp\n"
                + "mv " + args + ".tmp " + args + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        NotifySend notifier = NotifySend.find(temp.resolve("nowhere") + File.pathSeparator + bin).orElseThrow();
        notifier.notify("MOP Studio: approval needed", "Run R1 waits; $(touch " + temp.resolve("pwned") + ") stays text");

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!Files.exists(args) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of("--app-name=MOP Studio", "--urgency=critical", "MOP Studio: approval needed",
                "Run R1 waits; $(touch " + temp.resolve("pwned") + ") stays text"), Files.readAllLines(args));
        assertTrue(Files.notExists(temp.resolve("pwned")), "nothing in the text is run");
    }

    @Test
    void headlessDesktopsGetTheSilentNotifier() {
        // Surefire runs with java.awt.headless=true, as a server or CI machine would.
        assertEquals(DesktopNotifier.NONE, DesktopNotifiers.detect());
    }
}
