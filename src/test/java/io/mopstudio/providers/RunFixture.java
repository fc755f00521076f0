package io.mopstudio.providers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.RunEngine;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.secrets.SecretResolver;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a MOP file in an environment file through the real setup and engine, keeping the events. */
public final class RunFixture {

    private final List<RunEvent> events = new ArrayList<>();
    private final Map<String, String> processEnvironment;

    public RunFixture(Map<String, String> processEnvironment) {
        this.processEnvironment = processEnvironment;
    }

    public RunRequest request(Path mop, Path environment, Map<String, String> incident) {
        SetupResult setup = new RunSetup(port -> {
            throw new AssertionError("no demo lab here");
        }, new SecretResolver(processEnvironment, Path.of(System.getProperty("user.home")))).prepare(mop,
                environment.toString(), incident, "tester");
        assertTrue(setup.problems().isEmpty(), () -> "setup problems: " + setup.problems());
        return setup.request().orElseThrow();
    }

    public RunResult run(Path mop, Path environment, Map<String, String> incident) throws Exception {
        return run(request(mop, environment, incident), event -> { });
    }

    public RunResult run(RunRequest request, RunListener also) throws Exception {
        RunListener keep = event -> {
            synchronized (events) {
                events.add(event);
            }
        };
        return new RunEngine(Primitives.standard(), Clock.systemUTC(), 2).run(request, RunListener.all(keep, also));
    }

    public List<RunEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
