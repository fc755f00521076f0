package io.mopstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.mopstudio.engine.ApprovalGate.ApprovalDecision;
import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.RunMode;
import io.mopstudio.providers.Primitives;
import io.mopstudio.setup.RunSetup;
import io.mopstudio.setup.SetupResult;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Change windows, blast-radius approval, overrides, escalation webhooks and dry runs, in real runs. */
@Timeout(60)
class PolicyInRunTest {

    /** A Tuesday 23:00 in Berlin: inside the weeknight window. */
    private static final Instant IN_WINDOW = Instant.parse("2026-03-03T22:00:00Z");
    /** A Tuesday 11:00 in Berlin: business hours, no window. */
    private static final Instant BUSINESS_HOURS = Instant.parse("2026-03-03T10:00:00Z");

    @TempDir
    Path temp;

    private final RecordingListener events = new RecordingListener();

    private Path environment(String webhook) throws Exception {
        Path env = temp.resolve("guarded-env.yaml");
        Files.writeString(env, String.join("\n",
                "environment: guarded",
                "catalog: primitives",
                "validation: {window: 0s, interval: 100ms, timeout: 5s}",
                "change_policy:",
                "  time_zone: Europe/Berlin",
                "  maintenance_windows:",
                "    - {name: weeknight, days: [mon, tue, wed, thu], from: \"22:00\", to: \"02:00\"}",
                "  business_hours: {days: [mon, tue, wed, thu, fri], from: \"09:00\", to: \"18:00\"}",
                "autonomy: {max_blast_radius: medium, approval_timeout: 5s}",
                webhook.isEmpty() ? "" : "escalation: {webhook: \"" + webhook + "\"}",
                ""));
        return env;
    }

    private RunRequest request(Path env, boolean ready) throws Exception {
        Path readyFile = temp.resolve("ready");
        if (ready) {
            Files.writeString(readyFile, "");
        }
        SetupResult setup = new RunSetup(port -> null).prepare(Path.of("src/test/resources/engine/guarded-change.yaml"),
                env.toString(), Map.of("ready_file", readyFile.toString(), "log", temp.resolve("log").toString()),
                "alice");
        assertTrue(setup.problems().isEmpty(), () -> "setup problems: " + setup.problems());
        return setup.request().orElseThrow();
    }

    private static RunEngine engineAt(Instant now) {
        return new RunEngine(Primitives.standard(), Clock.fixed(now, ZoneOffset.UTC), 2);
    }

    private static RunOptions approvedBy(String name) {
        return new RunOptions((request, timeout) -> ApprovalDecision.approved(name, "change ticket CHG-42"), List.of(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void insideTheMaintenanceWindowAndApprovedTheChangeRuns() throws Exception {
        RunResult result = engineAt(IN_WINDOW).run(request(environment(""), true), events, approvedBy("bob"));

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        CheckEvaluated window = events.of(CheckEvaluated.class).get(0);
        assertEquals("change_window", window.nodeId());
        assertTrue(window.message().contains("weeknight"), window.message());
        ApprovalRequested asked = events.of(ApprovalRequested.class).get(0);
        assertTrue(asked.explanation().contains("high") && asked.explanation().contains("medium"), asked.explanation());
        OperatorIntervened approval = events.of(OperatorIntervened.class).get(0);
        assertEquals(OperatorIntervened.Action.APPROVE, approval.action());
        assertEquals("bob", approval.operator());
        assertTrue(Files.exists(temp.resolve("log")));
    }

    @Test
    void inBusinessHoursTheChangeWindowAbortsNamingTheRuleAndTheNextWindow() throws Exception {
        RunResult result = engineAt(BUSINESS_HOURS).run(request(environment(""), true), events, approvedBy("bob"));

        assertEquals(FinalState.ABORTED, result.finalState());
        assertTrue(result.summary().contains("business hours"), result.summary());
        assertTrue(result.summary().contains("22:00"), "says when changes are next permitted: " + result.summary());
        assertFalse(Files.exists(temp.resolve("log")));
        assertTrue(events.of(ApprovalRequested.class).isEmpty(), "no approval is asked for a run that cannot go");
    }

    @Test
    void aDeclinedApprovalAbortsBeforeAnyStep() throws Exception {
        RunOptions declined = new RunOptions((request, timeout) -> ApprovalDecision.declined("carol", "not tonight"),
                List.of(), Optional.empty(), Optional.empty());
        RunResult result = engineAt(IN_WINDOW).run(request(environment(""), true), events, declined);

        assertEquals(FinalState.ABORTED, result.finalState());
        assertTrue(result.summary().contains("carol declined: not tonight"), result.summary());
        assertFalse(Files.exists(temp.resolve("log")));
    }

    @Test
    void withNoApproverTheRunAbortsAndSaysHowToApprove() throws Exception {
        RunResult result = engineAt(IN_WINDOW).run(request(environment(""), true), events);

        assertEquals(FinalState.ABORTED, result.finalState());
        assertTrue(result.summary().contains("--approve-as"), result.summary());
    }

    @Test
    void anOverriddenPreCheckIsAWarningRecordedWithNameAndReason() throws Exception {
        RunOptions options = new RunOptions((request, timeout) -> ApprovalDecision.approved("bob", "ok"),
                List.of(new PreCheckOverride("shell.run", "alice", "ready file is created later by cron")),
                Optional.empty(), Optional.empty());
        RunResult result = engineAt(IN_WINDOW).run(request(environment(""), false), events, options);

        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        OperatorIntervened override = events.of(OperatorIntervened.class).get(0);
        assertEquals(OperatorIntervened.Action.OVERRIDE, override.action());
        assertEquals("alice", override.operator());
        assertTrue(override.reason().contains("ready file is created later by cron"), override.reason());
    }

    @Test
    void anAbortedRunPostsItsEscalationSummaryToTheWebhook() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks/oncall", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/oncall";
            RunResult result = engineAt(IN_WINDOW).run(request(environment(url), false), events, approvedBy("bob"));

            assertEquals(FinalState.ABORTED, result.finalState());
            assertEquals(1, received.size());
            assertTrue(received.get(0).contains("\"final_state\":\"ABORTED\"") && received.get(0).contains("TEST-GUARDED"),
                    received.get(0));
            assertTrue(result.summary().contains("Escalation sent"), result.summary());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableWebhookIsSaidLoudlyInTheSummary() throws Exception {
        RunResult result = engineAt(IN_WINDOW).run(request(environment("http://127.0.0.1:1/nobody"), false), events,
                approvedBy("bob"));

        assertTrue(result.summary().contains("ESCALATION NOT DELIVERED"), result.summary());
    }

    @Test
    void aDryRunPlansWithoutActingAndIsRecordedAsOne() throws Exception {
        RunResult result = engineAt(IN_WINDOW).run(request(environment(""), true), events,
                approvedBy("bob").asDryRun(RunOptions.DryRun.PLAN_ONLY));

        assertEquals(FinalState.PLANNED, result.finalState());
        assertFalse(Files.exists(temp.resolve("log")), "a dry run executes nothing");
        assertEquals(RunMode.DRY_RUN, events.of(RunStarted.class).get(0).mode());
        assertTrue(result.summary().contains("wave 1:") && result.summary().contains("change  shell.run"),
                result.summary());
        assertTrue(result.summary().contains("echo changed"), "parameters are rendered: " + result.summary());
    }
}
