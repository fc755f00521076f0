package io.mopstudio.engine;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Sha256;
import io.mopstudio.model.OnFailure;
import io.mopstudio.model.Step;
import io.mopstudio.providers.Primitives;
import io.mopstudio.secrets.CommandLineGuard;
import io.mopstudio.secrets.MaskingListener;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs MOPs: pre-checks, snapshots, the execution graph, outcome validation, and the rollback
 * graph when a step or validation fails. Everything that happens is an event to one listener; the
 * audit store, the command line and the window all watch the same stream.
 */
public final class RunEngine {

    private static final DateTimeFormatter RUN_ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Primitives primitives;
    private final Clock clock;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    public RunEngine(Primitives primitives, Clock clock, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.primitives = primitives;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /** The standard primitives, the system clock, and one worker per core. */
    public static RunEngine standard() {
        return new RunEngine(Primitives.standard(), Clock.systemDefaultZone(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Starts a run on its own thread; throws, having done nothing, if it cannot start. */
    public RunHandle start(RunRequest given, RunListener listener) throws InvalidRunException {
        return start(given, listener, RunOptions.defaults());
    }

    /** Starts a run with approvals, overrides and a deadline; throws, having done nothing, if it cannot start. */
    public RunHandle start(RunRequest given, RunListener listener, RunOptions options) throws InvalidRunException {
        RunRequest request = given.withInputDefaults();
        List<String> problems = RunPreflight.problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidRunException(problems);
        }
        String runId = newRunId();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "mop-step-" + runId);
            thread.setDaemon(true);
            return thread;
        });
        // Issue 5: every listener (audit, CLI, window) sees events with the environment's secrets masked.
        EventEmitter events = new EventEmitter(MaskingListener.wrap(listener, request.environment().secrets()), clock);
        RunScope scope = new RunScope(request.incident(), request.environment().variables());
        // Issue 5: a secret can never reach a process's command line.
        CatalogInvoker invoker = new CatalogInvoker(CommandLineGuard.guard(primitives, request.environment().secrets()),
                request.environment().inventory());
        RunContext ctx = new RunContext(runId, request, events, scope, invoker,
                new CheckEvaluator(request.catalog(), invoker), clock, workers, parallelism, options);
        options.deadline().ifPresent(deadline -> ctx.timers.schedule(
                () -> ctx.abort("the run's deadline of " + io.mopstudio.model.Durations.format(deadline)
                        + " was reached"), deadline.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        CompletableFuture<RunResult> completion = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                completion.complete(execute(ctx));
            } catch (Throwable t) {
                completion.completeExceptionally(t);
            } finally {
                workers.shutdownNow();
                ctx.timers.shutdownNow();
            }
        }, "mop-run-" + runId);
        thread.setDaemon(true);
        thread.start();
        return new RunHandle(runId, ctx, completion);
    }

    /** Runs to the end on the calling thread's behalf. */
    public RunResult run(RunRequest request, RunListener listener) throws InvalidRunException, InterruptedException {
        return start(request, listener).await();
    }

    public RunResult run(RunRequest request, RunListener listener, RunOptions options)
            throws InvalidRunException, InterruptedException {
        return start(request, listener, options).await();
    }

    private RunResult execute(RunContext ctx) {
        long started = System.nanoTime();
        RunRequest request = ctx.request;
        RunMode mode = ctx.options.dryRun().isPresent() ? RunMode.DRY_RUN : RunMode.LIVE;
        ctx.events.emit((seq, at) -> new RunStarted(ctx.runId, seq, at, request.mop().mopId(), request.mop().name(),
                request.mop().version(), request.mopFile(), Sha256.of(request.mopText()), request.mopText(),
                request.environment().name(), request.environment().demo(), request.incident(), request.operator(),
                mode, ProcessIdentity.current()));
        Outcome outcome;
        try {
            outcome = mode == RunMode.DRY_RUN ? dryRun(ctx)
                    : ctx.options.rollbackOf().isPresent() ? rollbackOfPrior(ctx, ctx.options.rollbackOf().get())
                    : phases(ctx);
        } catch (InterruptedException e) {
            outcome = new Outcome(FinalState.CANCELLED, "the run was interrupted");
        } catch (RuntimeException e) {
            outcome = new Outcome(FinalState.FAILED, "internal error in the engine: " + e);
        }
        Outcome ended = ctx.events.listenerFailure().isPresent() && outcome.state() != FinalState.FAILED
                ? new Outcome(FinalState.FAILED, ctx.stopReason().orElse(outcome.reason()))
                : outcome;
        // Issue 5: the summary leaves the process (escalation webhook, RunResult): secrets masked at the source.
        String written = request.environment().secrets().masker().mask(RunSummary.write(ctx, ended.state(),
                ended.reason()));
        String summary = EscalationWebhook.send(ctx, ended.state(), written).map(line -> written + "\n" + line)
                .orElse(written);
        long millis = (System.nanoTime() - started) / 1_000_000;
        ctx.events.emit((seq, at) -> new RunFinished(ctx.runId, seq, at, ended.state(), summary, millis));
        return new RunResult(ctx.runId, request.mop().mopId(), ended.state(), statuses(ctx), summary, millis);
    }

    private record Outcome(FinalState state, String reason) {
    }

    /** Renders and plans; with pre-checks asked for, evaluates them (they only read), acting on nothing. */
    private Outcome dryRun(RunContext ctx) throws InterruptedException {
        if (ctx.options.dryRun().get() == RunOptions.DryRun.WITH_PRE_CHECKS) {
            phase(ctx, Phase.PRE_CHECKS);
            Optional<String> failed = new PreCheckPhase().run(ctx);
            if (failed.isPresent()) {
                // Scripts gate on this: a dry run whose pre-checks fail ends as the live run would, ABORTED.
                return new Outcome(FinalState.ABORTED, "dry run (nothing was executed); a live run would abort now: "
                        + failed.get() + "\n" + new DryRunPlan(ctx).write());
            }
            return new Outcome(FinalState.PLANNED, "the pre-checks pass now\n" + new DryRunPlan(ctx).write());
        }
        return new Outcome(FinalState.PLANNED, new DryRunPlan(ctx).write());
    }

    /**
     * An operator's rollback of a run that was interrupted: the rollback graph alone, compensating
     * the steps that run had started, with the snapshots it had captured. Nothing else runs.
     */
    private Outcome rollbackOfPrior(RunContext ctx, PriorRun prior) throws InterruptedException {
        prior.startedSteps().forEach(ctx::markStarted);
        prior.snapshots().forEach(ctx.scope::putSnapshot);
        if (prior.startedSteps().isEmpty()) {
            return new Outcome(FinalState.CANCELLED, "run " + prior.runId() + " had started no step: nothing to roll back");
        }
        return rollback(ctx, "rollback of interrupted run " + prior.runId() + ", requested by " + ctx.request.operator()
                + " (its steps that had started: " + String.join(", ", prior.startedSteps()) + ")");
    }

    private Outcome phases(RunContext ctx) throws InterruptedException {
        phase(ctx, Phase.PRE_CHECKS);
        Optional<String> abort = new PreCheckPhase().run(ctx);
        if (abort.isEmpty() && ctx.stopReason().isEmpty()) {
            abort = new ApprovalPhase().run(ctx);
        }
        if (abort.isPresent()) {
            return ctx.stopReason().isPresent() ? stopped(ctx) : new Outcome(FinalState.ABORTED, abort.get());
        }
        ValidationPhase validation = new ValidationPhase();
        Map<String, CheckVerdict> baseline = validation.baseline(ctx);
        if (!SnapshotPhase.names(ctx.request.mop()).isEmpty()) {
            phase(ctx, Phase.SNAPSHOTS);
            Optional<String> failed = new SnapshotPhase().run(ctx);
            if (failed.isPresent()) {
                return new Outcome(FinalState.ABORTED, failed.get());
            }
        }
        if (ctx.stopReason().isPresent()) {
            return stopped(ctx);
        }
        phase(ctx, Phase.EXECUTING);
        GraphOutcome executed = new GraphExecutor(ctx, GraphKind.EXECUTION).run();
        if (executed.stopped().isPresent()) {
            return stoppedMidway(ctx);
        }
        if (executed.failure().isPresent()) {
            StepOutcome failure = executed.failure().get();
            Step step = ctx.request.mop().step(GraphKind.EXECUTION, failure.stepId()).orElseThrow();
            String reason = "step " + failure.stepId() + " failed: " + failure.message();
            return step.onFailure() == OnFailure.ABORT
                    ? new Outcome(FinalState.FAILED, reason + " (on_failure: abort)")
                    : rollback(ctx, reason);
        }
        phase(ctx, Phase.VALIDATING);
        ValidationOutcome validated = validation.run(ctx, baseline);
        if (validated.held()) {
            return new Outcome(FinalState.RESOLVED, validated.reason() + continuedWarning(executed));
        }
        if (validated.stopped().isPresent()) {
            return stoppedMidway(ctx);
        }
        return rollback(ctx, "validation failed: " + validated.reason());
    }

    /** A run may resolve although on_failure: continue steps failed; it says so. */
    private static String continuedWarning(GraphOutcome executed) {
        if (executed.continued().isEmpty()) {
            return "";
        }
        return "\nWARNING: resolved although these steps failed (on_failure: continue): " + String.join(", ",
                executed.continued().stream().map(o -> o.stepId() + " (" + o.message() + ")").toList());
    }

    /** Stopped while steps may have acted: after an operator's abort, undo what ran. */
    private Outcome stoppedMidway(RunContext ctx) throws InterruptedException {
        String reason = ctx.stopReason().orElse("stopped");
        if (!ctx.rollbackOnStop() || ctx.events.listenerFailure().isPresent()) {
            return stopped(ctx);
        }
        if (ctx.startedForwardSteps().isEmpty()) {
            return new Outcome(FinalState.CANCELLED, reason + "; no step had started, so nothing was rolled back");
        }
        Outcome undone = rollback(ctx, reason);
        return switch (undone.state()) {
            case ROLLED_BACK -> new Outcome(FinalState.CANCELLED, reason + "; what ran was rolled back");
            default -> undone;
        };
    }

    private Outcome rollback(RunContext ctx, String reason) throws InterruptedException {
        if (ctx.request.mop().rollbackGraph().isEmpty()) {
            return new Outcome(FinalState.FAILED, reason + "; the MOP has no rollback_graph");
        }
        ctx.events.emit((seq, at) -> new RollbackStarted(ctx.runId, seq, at, reason));
        phase(ctx, Phase.ROLLING_BACK);
        GraphOutcome rolledBack = new GraphExecutor(ctx, GraphKind.ROLLBACK).run();
        if (rolledBack.stopped().isPresent()) {
            return new Outcome(FinalState.ROLLBACK_FAILED, reason + "; then the rollback was stopped: "
                    + rolledBack.stopped().get());
        }
        if (rolledBack.failure().isPresent()) {
            StepOutcome failure = rolledBack.failure().get();
            return new Outcome(FinalState.ROLLBACK_FAILED, reason + "; then rollback step " + failure.stepId()
                    + " failed: " + failure.message());
        }
        return new Outcome(FinalState.ROLLED_BACK, reason);
    }

    private static Outcome stopped(RunContext ctx) {
        return new Outcome(FinalState.CANCELLED, ctx.stopReason().orElse("stopped"));
    }

    private static void phase(RunContext ctx, Phase phase) {
        ctx.events.emit((seq, at) -> new PhaseStarted(ctx.runId, seq, at, phase));
    }

    private static Map<String, io.mopstudio.engine.event.StepStatus> statuses(RunContext ctx) {
        Map<String, io.mopstudio.engine.event.StepStatus> out = new LinkedHashMap<>();
        for (GraphKind kind : GraphKind.values()) {
            ctx.request.mop().graph(kind).forEach(step -> out.put(step.id(), ctx.statusOf(kind, step.id())));
        }
        return out;
    }

    private String newRunId() {
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        return "R" + RUN_ID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
    }
}
