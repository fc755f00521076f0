package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link AuditDurabilityTest}: records the rolled-back sample run, says
 * "recorded N" after each onEvent returns, then waits to be killed without closing anything.
 */
public final class KillNineWriter {

    private KillNineWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        AuditStore store = AuditStore.open(Path.of(args[0]));
        List<RunEvent> events = SampleRuns.rolledBackRun();
        for (RunEvent event : events) {
            store.listener().onEvent(event);
            System.out.println("recorded " + event.seq());
        }
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
