package io.mopstudio.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.audit.AdminTampering;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.InsightRuns;
import io.mopstudio.audit.RunFixtures;
import io.mopstudio.audit.report.RunExport;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.canvas.NodeStatus;
import io.mopstudio.ui.canvas.RankLayout;
import io.mopstudio.ui.fx.UiDispatch;
import io.mopstudio.model.GraphKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Audit tab's behaviour without a toolkit, on a real audit file holding {@link InsightRuns}. */
class AuditViewModelTest {

    @TempDir
    Path dir;
    private AuditStore store;
    private AuditViewModel audit;

    @BeforeEach
    void record() {
        store = AuditStore.open(dir.resolve("audit"));
        InsightRuns.all().forEach(run -> run.forEach(store.listener()::onEvent));
        audit = new AuditViewModel(AuditSource.of(() -> store),
                graph -> CompletableFuture.completedFuture(RankLayout.layout(graph, "rank layout in tests")),
                UiDispatch.inline(), ZoneOffset.UTC);
        audit.refresh();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsRunsNewestFirstWithTheirChainVerdicts() {
        assertEquals(List.of("R5", "R4", "R3", "R2", "R1"), ids());
        assertTrue(audit.rows().stream().allMatch(r -> r.chain().equals(AuditRunRow.VERIFIED)));
        assertEquals("5 of 5 runs shown.", audit.messageProperty().get());
        assertEquals(List.of("", "ABORTED", "PLANNED", "RESOLVED", "ROLLED_BACK"), audit.choices().states());
    }

    @Test
    void aTamperedRunIsMarkedBroken() {
        AdminTampering.dropTriggers(dir.resolve("audit"));
        AdminTampering.execute(dir.resolve("audit"), "UPDATE events SET kind = 'x' WHERE run_id = 'R3' AND seq = 2");
        audit.refresh();

        AuditRunRow r3 = audit.rows().stream().filter(r -> r.runId().equals("R3")).findFirst().orElseThrow();
        assertEquals(AuditRunRow.BROKEN, r3.chain());
        assertTrue(r3.chainDetail().startsWith("BROKEN at seq 2"), r3.chainDetail());
        assertTrue(audit.messageProperty().get().contains("1 with a BROKEN hash chain"));
    }

    @Test
    void filtersByEveryFieldAndSearch() {
        filter(new RunFilter("", "production", "", "", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of("R4", "R3", "R1"), ids());
        filter(new RunFilter("", "production", "RESOLVED", "", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of("R1"), ids());
        filter(new RunFilter("MOP-900", "", "", "bob", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of("R2"), ids());
        filter(new RunFilter("", "", "", "", Optional.empty(), Optional.empty(), "inc-r3"));
        assertEquals(List.of("R3"), ids());
        LocalDate day = LocalDate.of(2026, 2, 1);
        filter(new RunFilter("", "", "", "", Optional.of(day), Optional.of(day), ""));
        assertEquals(5, ids().size());
        filter(new RunFilter("", "", "", "", Optional.of(day.plusDays(1)), Optional.empty(), ""));
        assertEquals(List.of(), ids());
        assertEquals("0 of 5 runs shown.", audit.messageProperty().get());
    }

    @Test
    void filteringAwayTheSelectedRunClearsTheDetails() {
        audit.selectedProperty().set(audit.rows().get(1));
        assertEquals(15, audit.events().size());

        filter(new RunFilter("", "staging", "", "", Optional.empty(), Optional.empty(), ""));
        assertEquals(null, audit.selectedProperty().get());
        assertEquals(0, audit.events().size());
        assertEquals(TimelineModel.EMPTY, audit.timelineProperty().get());
    }

    @Test
    void theSelectedRunsTimelineHasPhasesAttemptsMarksAndSamples() {
        select("R1");
        TimelineModel timeline = audit.timelineProperty().get();

        assertEquals(List.of("phases", "drain", "resize"), timeline.lanes().stream().map(TimelineModel.Lane::label)
                .toList());
        assertEquals(3, timeline.lanes().get(0).bars().size());
        List<TimelineModel.Bar> resize = timeline.lanes().get(2).bars();
        assertEquals(List.of("timeline-step-retried", "timeline-step-succeeded"),
                resize.stream().map(TimelineModel.Bar::styleClass).toList());
        assertTrue(resize.get(0).start() + resize.get(0).width() <= resize.get(1).start(), "attempts side by side");
        TimelineModel.SampleSeries wait = timeline.series().get(0);
        assertEquals("wait_ms", wait.check());
        assertEquals(List.of(60.0, 40.0, 42.0, 44.0), wait.samples().stream().map(TimelineModel.Sample::value)
                .toList());
        assertEquals(50, wait.threshold().orElseThrow().value());
        assertEquals("timeline-mark-finished", timeline.markers().get(0).styleClass());

        select("R2");
        assertEquals(List.of("timeline-mark-intervention", "timeline-mark-intervention", "timeline-mark-finished"),
                audit.timelineProperty().get().markers().stream().map(TimelineModel.Marker::styleClass).toList());
        select("R4");
        assertEquals(List.of("timeline-mark-approval", "timeline-mark-approval", "timeline-mark-rollback",
                "timeline-mark-finished"), audit.timelineProperty().get().markers().stream()
                .map(TimelineModel.Marker::styleClass).toList());
    }

    @Test
    void replayShowsTheGraphAsItWasAtEachEvent() {
        select("R4");
        ReplayViewModel replay = audit.replay();
        NodeKey resize = NodeKey.step(GraphKind.EXECUTION, "resize");
        NodeKey restore = NodeKey.step(GraphKind.ROLLBACK, "restore");
        assertEquals(15, replay.lengthProperty().get());
        assertEquals(15, replay.positionProperty().get(), "a selected run opens at its end");
        assertEquals(NodeStatus.FAILED, replay.run().status(resize));
        assertEquals(NodeStatus.ROLLED_BACK, replay.run().status(restore));
        assertEquals(5, replay.execution().graphProperty().get().nodes().size(), "built from the stored MOP text");

        replay.positionProperty().set(9);
        assertEquals(NodeStatus.RUNNING, replay.run().status(resize));
        assertEquals(NodeStatus.PENDING, replay.run().status(restore));
        assertTrue(replay.momentProperty().get().startsWith("Event 9 of 15 · "), replay.momentProperty().get());
        assertTrue(replay.momentProperty().get().contains("step_started resize"), replay.momentProperty().get());

        replay.positionProperty().set(0);
        assertEquals(NodeStatus.PENDING, replay.run().status(NodeKey.step(GraphKind.EXECUTION, "drain")));
        assertTrue(replay.momentProperty().get().startsWith("Before the run started"));
    }

    @Test
    void insightsFollowTheMopFilter() {
        assertTrue(audit.insights().stream().anyMatch(r -> r.section().equals(InsightRow.SUCCESS)
                && r.verdict().equals("50% resolved (2/4)")), audit.insights().toString());
        assertTrue(audit.insights().stream().anyMatch(r -> r.section().equals(InsightRow.THRESHOLD)
                && r.subject().equals("error_rate <= 5") && r.verdict().equals("looks loose")));
        filter(new RunFilter("MOP-1", "", "", "", Optional.empty(), Optional.empty(), ""));
        assertEquals(List.of(), audit.insights());
    }

    @Test
    void exportsTheSelectedRun() throws IOException {
        select("R4");
        audit.export(dir.resolve("r4.md"), RunExport.parse("md").orElseThrow());

        assertTrue(Files.readString(dir.resolve("r4.md")).contains("| **Final state** | ROLLED\\_BACK |"));
        assertEquals("Exported run R4 to " + dir.resolve("r4.md"), audit.messageProperty().get());
        audit.export(dir.resolve("missing/r4.md"), RunExport.parse("md").orElseThrow());
        assertTrue(audit.messageProperty().get().startsWith("Could not export run R4: Cannot write"),
                audit.messageProperty().get());

        // The same data exports as the command line: JSON with the chain, CSV of events.
        audit.export(dir.resolve("r4.json"), RunExport.forFile(dir.resolve("r4.json")).orElseThrow());
        assertTrue(Files.readString(dir.resolve("r4.json")).contains("\"hash_rule\""));
        audit.export(dir.resolve("r4.csv"), RunExport.parse("CSV").orElseThrow());
        assertTrue(Files.readString(dir.resolve("r4.csv")).startsWith("run_id,seq,time,kind"));
    }

    @Test
    void changesCompareTheSelectedRunsMopWithTheRunBeforeIt() {
        String edited = RunFixtures.MOP_TEXT.replace("    depends_on: [drain]\n", "");
        RunFixtures.run("R6", InsightRuns.DAY.plusSeconds(90_000), "carol", "production").ofText(edited)
                .phase(io.mopstudio.engine.event.Phase.EXECUTING).finish(io.mopstudio.engine.event.FinalState.RESOLVED)
                .forEach(store.listener()::onEvent);
        audit.refresh();

        select("R4");
        assertEquals("R3", audit.comparison().baselineProperty().get().runId(), "the run of the same MOP before it");
        assertEquals(List.of(), audit.comparison().changes());
        assertTrue(audit.comparison().summaryProperty().get().startsWith("No change in meaning"));

        select("R6");
        assertEquals("R5", audit.comparison().baselineProperty().get().runId());
        assertEquals(List.of("- execution_graph edge: drain -> resize"),
                audit.comparison().changes().stream().map(io.mopstudio.diff.MopChange::describe).toList());

        select("R1");
        assertEquals(null, audit.comparison().baselineProperty().get(), "no earlier run of MOP-900 is shown");
        audit.comparison().baselineProperty().set(audit.rows().get(0));
        assertEquals(List.of("+ execution_graph edge: drain -> resize"),
                audit.comparison().changes().stream().map(io.mopstudio.diff.MopChange::describe).toList());
    }

    @Test
    void anUnreadableAuditSaysWhy() {
        AuditViewModel broken = new AuditViewModel(AuditSource.of(() -> {
            throw new IllegalStateException("the audit at X cannot be opened");
        }), graph -> CompletableFuture.completedFuture(RankLayout.layout(graph, "")), UiDispatch.inline(),
                ZoneOffset.UTC);
        broken.refresh();
        assertEquals("Cannot read the audit: the audit at X cannot be opened", broken.messageProperty().get());
    }

    private void select(String runId) {
        audit.selectedProperty().set(audit.rows().stream().filter(r -> r.runId().equals(runId)).findFirst()
                .orElseThrow());
    }

    private void filter(RunFilter filter) {
        audit.filterProperty().set(filter);
    }

    private List<String> ids() {
        return audit.rows().stream().map(AuditRunRow::runId).toList();
    }
}
