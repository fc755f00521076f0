package io.mopstudio.audit;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckOutcome;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Two runs as the engine would emit them: one that failed a step and rolled back, and a newer one
 * that stopped mid-step (its process died), so it has no run_finished.
 */
public final class SampleRuns {

    public static final String ROLLED_BACK_RUN = "7f3a9c2e-0b1d-4e5f-9a8b-1c2d3e4f5a6b";
    public static final String UNFINISHED_RUN = "7f3b0d41-8e2c-4a7b-b6c5-d4e3f2a1b0c9";
    public static final Instant ROLLED_BACK_START = Instant.parse("2025-03-01T10:00:00Z");
    public static final Instant UNFINISHED_START = Instant.parse("2025-03-02T08:30:00Z");
    public static final long ROLLED_BACK_DURATION = 95_000;
    public static final String MOP_TEXT = """
            id: MOP-284
            name: DB connection pool recovery
            version: "1.2"
            """;
    public static final String OTHER_MOP_TEXT = "id: MOP-301\n";

    private SampleRuns() {
    }

    /** As the engine computes it: the run binds the exact text, so verify checks the hash against it. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<RunEvent> rolledBackRun() {
        String run = ROLLED_BACK_RUN;
        Instant t = ROLLED_BACK_START;
        return List.of(
                new RunStarted(run, 1, t, "MOP-284", "DB connection pool recovery", "1.2",
                        "sample-mops/MOP-284-db-connection-pool-recovery.yaml",
                        sha256(MOP_TEXT), MOP_TEXT,
                        "production", false, Map.of("id", "INC-1234", "severity", "SEV2"), "alice",
                        RunMode.LIVE, "4242@workstation"),
                new PhaseStarted(run, 2, t.plusMillis(5), Phase.PRE_CHECKS),
                new CheckEvaluated(run, 3, t.plusMillis(40), CheckPhase.PRE_CHECK, "db_reachable", "tcp_connect",
                        CheckOutcome.PASS, "connected", "connected", ""),
                new PhaseStarted(run, 4, t.plusMillis(50), Phase.SNAPSHOTS),
                new SnapshotCaptured(run, 5, t.plusMillis(80), "pool_config", Map.of("max_size", 40, "idle", 5)),
                new PhaseStarted(run, 6, t.plusMillis(90), Phase.EXECUTING),
                new StepStarted(run, 7, t.plusMillis(100), GraphKind.EXECUTION, "drain_connections", "http.post",
                        Map.of("url", "http://db-proxy/drain", "timeout", "30s"), 1),
                new StepFinished(run, 8, t.plusMillis(220), GraphKind.EXECUTION, "drain_connections",
                        StepStatus.SUCCEEDED, Map.of("status", 200), "", 120),
                new StepStarted(run, 9, t.plusMillis(230), GraphKind.EXECUTION, "resize_pool", "http.put",
                        Map.of("url", "http://db-proxy/pool", "max_size", 80), 2),
                new StepFinished(run, 10, t.plusSeconds(30), GraphKind.EXECUTION, "resize_pool", StepStatus.FAILED,
                        Map.of("status", 503), "HTTP 503 from db-proxy", 29_770),
                new RollbackStarted(run, 11, t.plusSeconds(31), "step resize_pool failed"),
                new PhaseStarted(run, 12, t.plusSeconds(31), Phase.ROLLING_BACK),
                new StepStarted(run, 13, t.plusSeconds(32), GraphKind.ROLLBACK, "restore_pool", "http.put",
                        Map.of("url", "http://db-proxy/pool", "max_size", 40), 1),
                new StepFinished(run, 14, t.plusSeconds(90), GraphKind.ROLLBACK, "restore_pool",
                        StepStatus.SUCCEEDED, Map.of("status", 200), "", 58_000),
                new RunFinished(run, 15, t.plusMillis(ROLLED_BACK_DURATION), FinalState.ROLLED_BACK,
                        "Tried to grow the pool to 80; resize_pool failed (HTTP 503), pool restored to 40.",
                        ROLLED_BACK_DURATION));
    }

    public static List<RunEvent> unfinishedRun() {
        String run = UNFINISHED_RUN;
        Instant t = UNFINISHED_START;
        return List.of(
                new RunStarted(run, 1, t, "MOP-301", "Rotate TLS certificate", "0.9",
                        "sample-mops/MOP-301-rotate-tls.yaml",
                        sha256(OTHER_MOP_TEXT), OTHER_MOP_TEXT,
                        "lab", true, Map.of("id", "CHG-77"), "bob", RunMode.LIVE,
                        "4243@workstation"),
                new PhaseStarted(run, 2, t.plusMillis(3), Phase.PRE_CHECKS),
                new CheckEvaluated(run, 3, t.plusMillis(30), CheckPhase.PRE_CHECK, "cert_expiry", "days_left > 7",
                        CheckOutcome.WARN, "5", "> 7", "certificate expires in 5 days"),
                new PhaseStarted(run, 4, t.plusMillis(40), Phase.EXECUTING),
                new StepStarted(run, 5, t.plusMillis(50), GraphKind.EXECUTION, "upload_cert", "shell.run",
                        Map.of("command", "deploy-cert --host lb-1"), 1));
    }

    /** Feeds both runs through the listener, interleaved the way two concurrent runs would be. */
    public static void recordBoth(RunListener listener) {
        List<RunEvent> first = rolledBackRun();
        List<RunEvent> second = unfinishedRun();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                listener.onEvent(first.get(i));
            }
            if (i < second.size()) {
                listener.onEvent(second.get(i));
            }
        }
    }
}
