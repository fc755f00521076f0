package io.mopstudio.bench;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.Primitives;
import io.mopstudio.providers.shell.ShellRunPrimitive;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The executor's speed, with the audit on: a generated 1000-step MOP of {@code shell.run true}
 * steps (groups of a head, a 98-way fan-out and a join) against, in the same run, a plain shell
 * loop starting the same 1000 commands one after another; and the engine's own cost per step with
 * an action that does nothing. Run with
 * {@code mvn -q -Pbench test-compile exec:java -Dbench=EngineBenchmark}.
 * Not a test: timing is never asserted.
 */
public final class EngineBenchmark {

    private static final int STEPS = 1000;
    private static final int GROUP = 100;

    private EngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("mop-engine-bench");
        Files.writeString(dir.resolve("bench.catalog.yaml"), String.join("\n",
                "catalog: bench",
                "actions:",
                "  noop: {description: does nothing; measures the engine alone, primitive: bench.noop}",
                ""));
        Files.writeString(dir.resolve("bench-env.yaml"), String.join("\n",
                "environment: bench",
                "catalog: bench.catalog.yaml",
                "validation: {window: 0s, interval: 100ms, timeout: 5s}",
                ""));
        Files.writeString(dir.resolve("shell.yaml"), mop("shell.run", "params: {command: [/bin/true]}"));
        Files.writeString(dir.resolve("noop.yaml"), mop("noop", ""));
        Files.writeString(dir.resolve("loop.sh"), "for i in $(seq " + STEPS + "); do /bin/true; done\n");
        int cores = Runtime.getRuntime().availableProcessors();
        RunEngine engine = new RunEngine(new Primitives(List.of(new ShellRunPrimitive(), new NoopPrimitive())),
                Clock.systemUTC(), cores);

        warmUp(engine, dir);
        double loop = median(3, () -> timeProcess(dir.resolve("loop.sh")));
        double shell = median(3, () -> timeRun(engine, dir, "shell.yaml"));
        double noop = median(3, () -> timeRun(engine, dir, "noop.yaml"));
        System.out.printf("%d steps, %d workers, audit on (H2 file, every event committed)%n", STEPS, cores);
        System.out.printf("shell loop, 1000 x /bin/true one after another: %8.0f ms%n", loop);
        System.out.printf("engine, 1000 x shell.run /bin/true:             %8.0f ms%n", shell);
        System.out.printf("ratio engine / loop:                             %8.2f  (target <= 1.5)%n", shell / loop);
        System.out.printf("engine, 1000 x no-op action:                     %8.0f ms  = %.2f ms per step%n", noop,
                noop / STEPS);
    }

    /** Groups of a head, 98 steps fanning out from it, and a join; each head waits for the previous join. */
    private static String mop(String action, String params) {
        StringBuilder out = new StringBuilder("mop_id: BENCH\nname: engine benchmark\nversion: \"1\"\n"
                + "execution_graph:\n");
        for (int g = 0; g < STEPS / GROUP; g++) {
            String head = "g" + g + "_head";
            out.append(step(head, action, params, g == 0 ? "" : "g" + (g - 1) + "_join"));
            StringBuilder fan = new StringBuilder();
            for (int i = 0; i < GROUP - 2; i++) {
                String id = "g" + g + "_s" + i;
                out.append(step(id, action, params, head));
                fan.append(i == 0 ? "" : ", ").append(id);
            }
            out.append(step("g" + g + "_join", action, params, fan.toString()));
        }
        return out.toString();
    }

    private static String step(String id, String action, String params, String dependsOn) {
        return "  - id: " + id + "\n    action: " + action + "\n" + (params.isEmpty() ? "" : "    " + params + "\n")
                + (dependsOn.isEmpty() ? "" : "    depends_on: [" + dependsOn + "]\n");
    }

    private static void warmUp(RunEngine engine, Path dir) throws Exception {
        timeRun(engine, dir, "noop.yaml");
        timeRun(engine, dir, "shell.yaml");
    }

    private static double timeRun(RunEngine engine, Path dir, String mop) throws Exception {
        SetupResult setup = new RunSetup(port -> null).prepare(dir.resolve(mop), dir.resolve("bench-env.yaml").toString(),
                Map.of(), "bench");
        if (setup.request().isEmpty()) {
            throw new IllegalStateException("benchmark MOP is invalid: " + setup.problems());
        }
        RunRequest request = setup.request().get();
        Path auditDir = Files.createTempDirectory(dir, "audit");
        try (AuditStore audit = AuditStore.open(auditDir.resolve("audit"))) {
            long start = System.nanoTime();
            RunResult result = engine.run(request, audit.listener());
            double millis = (System.nanoTime() - start) / 1e6;
            if (result.finalState() != FinalState.RESOLVED) {
                throw new IllegalStateException("benchmark run ended " + result.finalState() + ": " + result.summary());
            }
            return millis;
        }
    }

    private static double timeProcess(Path script) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("sh", script.toString()).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the shell loop failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private interface Timed {
        double run() throws Exception;
    }

    private static double median(int runs, Timed timed) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timed.run();
        }
        java.util.Arrays.sort(times);
        return times[runs / 2];
    }

    /** Succeeds at once: what is left of a run's time is the engine's own. */
    private static final class NoopPrimitive implements Primitive {

        @Override
        public String name() {
            return "bench.noop";
        }

        @Override
        public PrimitiveResult invoke(Map<String, Object> params) {
            return new PrimitiveResult(true, Map.of(), "nothing done", "ok");
        }
    }
}
