package io.mopstudio.providers.shell;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Ends a process and every process it started, children first, so nothing outlives a stopped step. */
final class ProcessTree {

    private ProcessTree() {
    }

    static void kill(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
