package io.mopstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.AuditStoreException;
import io.mopstudio.audit.Confidence;
import io.mopstudio.engine.ApprovalGate;
import io.mopstudio.engine.ApprovalGate.ApprovalDecision;
import io.mopstudio.engine.InvalidRunException;
import io.mopstudio.engine.PreCheckOverride;
import io.mopstudio.engine.RunOptions;
import io.mopstudio.model.Durations;
import io.mopstudio.providers.Primitives;
import java.time.Clock;
import java.time.Duration;
import io.mopstudio.engine.RunEngine;
import io.mopstudio.engine.RunHandle;
import io.mopstudio.engine.RunRequest;
import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.StepStatus;
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

    enum Output { text, json, jsonl }

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

    @Option(names = "--dry-run", description = "Render every parameter and print the plan (waves of steps, "
            + "rollback plan); execute nothing. Recorded in the audit as a dry run.")
    private boolean dryRun;

    @Option(names = "--with-pre-checks", description = "With --dry-run: also evaluate the pre-checks (they only read).")
    private boolean withPreChecks;

    @Option(names = "--approve-as", paramLabel = "NAME",
            description = "Approve in advance, as NAME, a run over the environment's blast-radius limit (needs --reason)")
    private String approveAs;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why you approve (with --approve-as)")
    private String approveReason;

    @Option(names = "--override", paramLabel = "CHECK",
            description = "Let the run go on although pre-check CHECK fails (repeatable; needs --override-reason). "
                    + "Recorded with --operator's name.")
    private List<String> overrides = new ArrayList<>();

    @Option(names = "--override-reason", paramLabel = "TEXT", description = "Why the failed pre-checks may be ignored")
    private String overrideReason;

    @Option(names = "--deadline", paramLabel = "DURATION",
            description = "Run-wide deadline (e.g. 30m): when reached, running steps are stopped and what ran is rolled back")
    private String deadline;

    @Option(names = "--rollback-of", paramLabel = "RUN_ID",
            description = "Run only the rollback graph to undo what an INTERRUPTED run had started, with the "
                    + "snapshots it captured; its incident values are used unless given")
    private String rollbackOf;

    @Option(names = "--parallelism", paramLabel = "N", description = "Steps run at once at most. Default: cores (${DEFAULT-VALUE})")
    private int parallelism = Runtime.getRuntime().availableProcessors();

    @Mixin
    private AuditDbOption audit;

    @Option(names = "--output", paramLabel = "text|json|jsonl", defaultValue = "text",
            description = "text: progress lines (with a live status line on a terminal); json: progress on stderr "
                    + "and one JSON object on stdout at the end; jsonl: every event as one JSON object a line on "
                    + "stdout, as it happens. In json and jsonl a run that cannot start prints "
                    + "{\"started\": false, \"problems\": [...]} on stdout.")
    private Output output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (output == Output.text) {
            return run(out, spec.commandLine().getErr());
        }
        // A tool reading stdout must learn why nothing ran from stdout too, not only from stderr.
        RefusalLines refusals = new RefusalLines(spec.commandLine().getErr());
        int code = run(out, refusals.writer());
        if (code == ExitCodes.USAGE) {
            out.println(refusals.json(code));
            out.flush();
        }
        return code;
    }

    private int run(PrintWriter out, PrintWriter err) throws Exception {
        PrintWriter progress = output == Output.text ? out : err;
        Optional<RunOptions> options = options(err);
        if (options.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<LabConnection> labs = new ArrayList<>();
        Optional<String> confidence = Confidence.problem(incident);
        if (confidence.isPresent()) {
            err.println("mop-studio run: " + confidence.get() + " Nothing was run.");
            return ExitCodes.USAGE;
        }
        // A run that cannot start does not open the audit at all: nothing to record, nothing to risk.
        Optional<RunRequest> prepared = Optional.empty();
        if (rollbackOf == null) {
            prepared = prepare(labs, progress, err);
            if (prepared.isEmpty()) {
                labs.forEach(LabConnection::close);
                return ExitCodes.USAGE;
            }
        }
        try (AuditStore store = audit.open()) {
            InterruptedRunNotice.recordAndTell(store, err);
            if (rollbackOf != null) {
                PriorRunReader.Result prior = PriorRunReader.read(store, rollbackOf);
                if (prior.prior().isEmpty()) {
                    err.println("mop-studio run: " + prior.refusal());
                    return ExitCodes.USAGE;
                }
                prior.run().incident().forEach(incident::putIfAbsent);
                options = Optional.of(options.get().asRollbackOf(prior.prior().get()));
            }
            if (prepared.isEmpty()) {
                prepared = prepare(labs, progress, err);
            }
            if (prepared.isEmpty()) {
                return ExitCodes.USAGE;
            }
            RunRequest request = prepared.get();
            Optional<String> changed = rollbackOf == null ? Optional.empty()
                    : store.findRun(rollbackOf).filter(run -> !run.mopSha256().equals(io.mopstudio.model.Sha256.of(request.mopText())))
                            .map(run -> "the MOP file differs from the one run " + run.runId() + " ran (its SHA-256 "
                                    + "differs); roll back with the same text: its copy is in the audit");
            if (changed.isPresent()) {
                err.println("mop-studio run: " + changed.get());
                return ExitCodes.USAGE;
            }
            if (request.environment().demo()) {
                progress.println("DEMO ENVIRONMENT: a local lab service at " + labs.get(0).baseUrl()
                        + " simulates the databases; nothing real is touched.");
            }
            RunResult result;
            try (ProgressListeners listeners = ProgressListeners.forOutput(output, out, progress, request.mop())) {
                result = execute(request, RunListener.all(store.listener(), listeners.listener()), options.get(),
                        parallelism);
            }
            progress.println();
            // The summary is built from the run's state, not its (masked) events: mask it too.
            progress.println(request.environment().secrets().masker().mask(result.summary()));
            progress.println("audit: run " + result.runId() + " in " + store.where());
            progress.flush();
            if (output == Output.json) {
                out.println(request.environment().secrets().masker().mask(json(request, result)));
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
    private static RunResult execute(RunRequest request, RunListener listener, RunOptions options, int parallelism)
            throws InvalidRunException, InterruptedException {
        Primitives primitives = Primitives.standard(new ApprovalStepChannel(options.approvals(),
                request.mop().mopId(), request.environment().name()));
        RunHandle handle = new RunEngine(primitives, Clock.systemDefaultZone(), parallelism)
                .start(request, listener, options);
        Thread hook = new Thread(() -> {
            handle.abort(request.operator(), "interrupted the command (Ctrl+C)");
            try {
                handle.completion().get(60, TimeUnit.SECONDS);
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

    /** The run request, or empty after printing why it cannot start. */
    private Optional<RunRequest> prepare(List<LabConnection> labs, PrintWriter progress, PrintWriter err) {
        SetupResult setup = new RunSetup(port -> {
            LabConnection lab = LabConnection.connect(port);
            labs.add(lab);
            return lab;
        }).prepare(file, environment, incident, operator);
        setup.warnings().forEach(progress::println);
        if (setup.request().isEmpty()) {
            setup.problems().forEach(err::println);
            err.println("mop-studio run: nothing was run.");
            err.flush();
        }
        return setup.request();
    }

    /** The run's options from the flags, or empty after saying plainly what is wrong with them. */
    private Optional<RunOptions> options(PrintWriter err) {
        if (parallelism < 1) {
            err.println("mop-studio run: --parallelism must be 1 or more");
            return Optional.empty();
        }
        if ((approveAs == null) != (approveReason == null) || (approveAs != null && approveAs.isBlank())) {
            err.println("mop-studio run: --approve-as NAME and --reason TEXT go together, both non-empty");
            return Optional.empty();
        }
        if (!overrides.isEmpty() && (overrideReason == null || overrideReason.isBlank())) {
            err.println("mop-studio run: --override needs --override-reason TEXT: a pre-check is ignored only for a "
                    + "stated reason");
            return Optional.empty();
        }
        Optional<Duration> limit = Optional.empty();
        if (deadline != null) {
            limit = Durations.parse(deadline).filter(d -> !d.isZero());
            if (limit.isEmpty()) {
                err.println("mop-studio run: --deadline must be a duration such as 30m or 1h30m, not '" + deadline + "'");
                return Optional.empty();
            }
        }
        ApprovalGate approvals = approveAs != null ? (request, timeout) -> ApprovalDecision.approved(approveAs,
                approveReason) : System.console() != null ? new ConsoleApproval(System.console()) : ApprovalGate.NONE;
        List<PreCheckOverride> given = overrides.stream()
                .map(check -> new PreCheckOverride(check, operator, overrideReason)).toList();
        RunOptions options = new RunOptions(approvals, given, limit, Optional.empty());
        return Optional.of(dryRun ? options.asDryRun(withPreChecks ? RunOptions.DryRun.WITH_PRE_CHECKS
                : RunOptions.DryRun.PLAN_ONLY) : options);
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
            boolean rollback = request.mop().step(GraphKind.EXECUTION, id).isEmpty();
            if (rollback && status == StepStatus.PENDING) {
                return; // a rollback that never started is not news; its steps did not "wait"
            }
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", id);
            step.put("graph", rollback ? "rollback" : "execution");
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
