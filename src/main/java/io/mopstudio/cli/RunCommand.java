package io.mopstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.Confidence;
import io.mopstudio.engine.InvalidRunException;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.engine.RunHandle;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.model.GraphKind;
import io.mopstudio.setup.LabConnection;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mop-studio run FILE --env ENV --incident K=V...}: runs a MOP for real, recording it in the audit. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a MOP: pre-checks, execution graph, validation, and rollback if needed.%n"
                + "Exit codes: 0 RESOLVED, 10 ABORTED, 11 ROLLED_BACK, 12 FAILED or ROLLBACK_FAILED, "
                + "13 CANCELLED, 2 bad input or usage, 1 internal error.")
public final class RunCommand implements Callable<Integer> {

    enum Output { text, json }

    @Parameters(paramLabel = "FILE", description = "The MOP file to run")
    private Path file;

    @Option(names = "--env", required = true, paramLabel = "NAME|PATH",
            description = "A bundled environment by name (e.g. demo) or an environment file")
    private String environment;

    @Option(names = "--incident", paramLabel = "KEY=VALUE",
            description = "An incident field the MOP uses, e.g. affected_resource=orders-db (repeatable). "
                    + "confidence=0..1 records the trigger's confidence score in the audit.")
    private Map<String, String> incident = new LinkedHashMap<>();

    @Option(names = "--operator", paramLabel = "NAME", description = "Who runs it, for the audit. Default: your user name")
    private String operator = System.getProperty("user.name", "unknown");

    @Mixin
    private AuditDbOption audit;

    @Option(names = "--output", paramLabel = "text|json", defaultValue = "text",
            description = "text: progress lines; json: progress on stderr and one JSON object on stdout")
    private Output output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter progress = output == Output.json ? err : out;
        List<LabConnection> labs = new ArrayList<>();
        Optional<String> confidence = Confidence.problem(incident);
        if (confidence.isPresent()) {
            err.println("mop-studio run: " + confidence.get() + " Nothing was run.");
            return ExitCodes.USAGE;
        }
        try (AuditStore store = audit.open()) {
            InterruptedRunNotice.recordAndTell(store, err);
            SetupResult setup = new RunSetup(port -> {
                LabConnection lab = LabConnection.connect(port);
                labs.add(lab);
                return lab;
            }).prepare(file, environment, incident, operator);
            setup.warnings().forEach(progress::println);
            if (setup.request().isEmpty()) {
                setup.problems().forEach(err::println);
                err.println("mop-studio run: nothing was run.");
                return ExitCodes.USAGE;
            }
            RunRequest request = setup.request().get();
            if (request.environment().demo()) {
                progress.println("DEMO ENVIRONMENT: a local lab service at " + labs.get(0).baseUrl()
                        + " simulates the databases; nothing real is touched.");
            }
            RunResult result = execute(request, RunListener.all(store.listener(), new ConsoleProgress(progress)));
            progress.println();
            progress.println(result.summary());
            progress.println("audit: run " + result.runId() + " in " + store.where());
            progress.flush();
            if (output == Output.json) {
                out.println(json(request, result));
            }
            return result.finalState().exitCode();
        } catch (AuditStoreException e) {
            err.println("mop-studio run: " + e.getMessage());
            err.println("Nothing was run: MOP Studio does not act without an audit record.");
            return ExitCodes.USAGE;
        } catch (InvalidRunException e) {
            e.reasons().forEach(reason -> err.println(file + ": " + reason));
            return ExitCodes.USAGE;
        } finally {
            labs.forEach(LabConnection::close);
            out.flush();
            err.flush();
        }
    }

    /** Ctrl+C cancels the run and waits for its end to be recorded, so the audit never shows it unfinished. */
    private static RunResult execute(RunRequest request, RunListener listener)
            throws InvalidRunException, InterruptedException {
        RunHandle handle = RunEngine.standard().start(request, listener);
        Thread hook = new Thread(() -> {
            handle.cancel("the operator interrupted the command (Ctrl+C)");
            try {
                handle.completion().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Nothing more can be done while the JVM is going down.
            }
        }, "cancel-run-on-exit");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return handle.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and will finish the job.
            }
        }
    }

    private static String json(RunRequest request, RunResult result) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run_id", result.runId());
        out.put("mop_id", result.mopId());
        out.put("final_state", result.finalState().name());
        out.put("exit_code", result.finalState().exitCode());
        out.put("duration_ms", result.durationMillis());
        List<Map<String, Object>> steps = new ArrayList<>();
        result.steps().forEach((id, status) -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", id);
            step.put("graph", request.mop().step(GraphKind.EXECUTION, id).isPresent() ? "execution" : "rollback");
            step.put("status", status.name());
            steps.add(step);
        });
        out.put("steps", steps);
        out.put("summary", result.summary());
        return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
