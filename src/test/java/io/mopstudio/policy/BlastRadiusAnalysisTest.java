package io.mopstudio.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopLoader;
import io.mopstudio.yaml.PlainMessages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlastRadiusAnalysisTest {

    private static final Optional<AutonomyPolicy> MEDIUM_LIMIT = Optional.of(
            new AutonomyPolicy(Optional.of(BlastRadius.MEDIUM), Optional.of(Duration.ofMinutes(15))));

    private static BlastRadiusVerdict analyse(Optional<AutonomyPolicy> autonomy, Optional<String> mopMax,
            StepBlastRadius... steps) {
        BlastRadiusVerdict verdict = new BlastRadiusAnalysis(autonomy).analyse(mopMax, List.of(steps));
        PlainMessages.assertPlain(verdict.explanation());
        return verdict;
    }

    private static StepBlastRadius step(String id, String level) {
        return new StepBlastRadius(id, Optional.of(level));
    }

    private static StepBlastRadius unestimated(String id) {
        return new StepBlastRadius(id, Optional.empty());
    }

    @Test
    void levelsAreOrderedFromLowToCritical() {
        assertTrue(BlastRadius.CRITICAL.exceeds(BlastRadius.HIGH));
        assertTrue(BlastRadius.HIGH.exceeds(BlastRadius.MEDIUM));
        assertTrue(BlastRadius.MEDIUM.exceeds(BlastRadius.LOW));
        assertFalse(BlastRadius.MEDIUM.exceeds(BlastRadius.MEDIUM));
        assertEquals(Optional.of(BlastRadius.HIGH), BlastRadius.parse(" High "));
        assertEquals(Optional.empty(), BlastRadius.parse("huge"));
        assertEquals(List.of("low", "medium", "high", "critical"), BlastRadius.words());
    }

    @Test
    void aStepOverTheLimitNeedsApproval() {
        BlastRadiusVerdict verdict = analyse(MEDIUM_LIMIT, Optional.of("medium"),
                step("drain_connections", "low"), step("reset_pool", "high"), step("restart", "high"));
        assertTrue(verdict.approvalRequired());
        assertEquals(Optional.of(BlastRadius.HIGH), verdict.effective());
        assertEquals(Optional.of(BlastRadius.MEDIUM), verdict.limit());
        assertEquals("step reset_pool is high, over this environment's autonomous limit medium: a named human must"
                + " approve", verdict.explanation());
        assertFalse(verdict.hasErrors());
    }

    @Test
    void theMopsDeclaredMaximumOverTheLimitNeedsApproval() {
        BlastRadiusVerdict verdict = analyse(MEDIUM_LIMIT, Optional.of("critical"), step("reset_pool", "low"));
        assertTrue(verdict.approvalRequired());
        assertEquals(Optional.of(BlastRadius.CRITICAL), verdict.effective());
        assertEquals("the MOP's blast_radius_max is critical, over this environment's autonomous limit medium: a"
                + " named human must approve", verdict.explanation());
    }

    @Test
    void underTheLimitRunsWithoutApproval() {
        BlastRadiusVerdict verdict = analyse(MEDIUM_LIMIT, Optional.empty(), step("drain_connections", "low"),
                unestimated("reset_pool"));
        assertFalse(verdict.approvalRequired());
        assertEquals(Optional.of(BlastRadius.LOW), verdict.effective());
        assertEquals("step drain_connections is low, within this environment's autonomous limit medium: no approval"
                + " needed", verdict.explanation());
    }

    @Test
    void exactlyAtTheLimitRunsWithoutApproval() {
        BlastRadiusVerdict verdict = analyse(MEDIUM_LIMIT, Optional.of("medium"), step("reset_pool", "medium"));
        assertFalse(verdict.approvalRequired());
        assertEquals(Optional.of(BlastRadius.MEDIUM), verdict.effective());
        assertEquals("the MOP's blast_radius_max is medium, at this environment's autonomous limit medium: no"
                + " approval needed", verdict.explanation());
    }

    @Test
    void anUndeclaredRadiusIsUnknownAndNeedsApprovalWhereALimitIsSet() {
        BlastRadiusVerdict verdict = analyse(MEDIUM_LIMIT, Optional.empty(), unestimated("reset_pool"));
        assertTrue(verdict.approvalRequired());
        assertEquals(Optional.empty(), verdict.effective());
        assertTrue(verdict.explanation().contains("declares no blast radius"), verdict::explanation);
        assertTrue(verdict.explanation().contains("its impact is unknown"), verdict::explanation);
        assertTrue(verdict.explanation().endsWith("a named human must approve"), verdict::explanation);
    }

    @Test
    void withoutALimitNothingNeedsApproval() {
        BlastRadiusVerdict critical = analyse(Optional.empty(), Optional.empty(), step("wipe", "critical"));
        assertFalse(critical.approvalRequired());
        assertEquals(Optional.of(BlastRadius.CRITICAL), critical.effective());
        assertEquals("step wipe is critical, and this environment sets no autonomous limit: no approval needed",
                critical.explanation());

        BlastRadiusVerdict unknown = analyse(Optional.of(AutonomyPolicy.UNLIMITED), Optional.empty());
        assertFalse(unknown.approvalRequired());
        assertEquals("the MOP declares no blast radius, and this environment sets no autonomous limit: no approval"
                + " needed", unknown.explanation());
    }

    @Test
    void anUnknownLevelWordIsAPlainErrorAndFailsClosed() {
        BlastRadiusVerdict verdict = analyse(Optional.empty(), Optional.of("medum"), step("reset_pool", "huge"),
                step("drain", "low"));
        assertTrue(verdict.hasErrors());
        assertTrue(verdict.approvalRequired());
        assertEquals(List.of("the MOP's blast_radius_max has blast radius 'medum', which is not one of low, medium,"
                + " high or critical", "step reset_pool has blast radius 'huge', which is not one of low, medium, high"
                + " or critical"), verdict.errors());
        verdict.errors().forEach(PlainMessages::assertPlain);
        assertTrue(verdict.explanation().startsWith("the blast radius cannot be judged: "), verdict::explanation);
    }

    @Test
    void aLoadedMopIsJudgedByItsDeclaredMaximumAndEveryStep() {
        String text = """
                mop_id: MOP-9
                name: "Reset a pool"
                version: "1.0.0"
                blast_radius_max: low
                execution_graph:
                  - id: reset_pool
                    action: db.connection_pool.reset
                    blast_radius: medium
                rollback_graph:
                  - id: restore_everything
                    action: db.connection_pool.restore_config
                    blast_radius: high
                """;
        Mop mop = new MopLoader().parse(text, "mop.yaml").value().orElseThrow();
        BlastRadiusVerdict verdict = new BlastRadiusAnalysis(MEDIUM_LIMIT).analyse(mop);
        assertTrue(verdict.approvalRequired());
        assertEquals(Optional.of(BlastRadius.HIGH), verdict.effective());
        assertTrue(verdict.explanation().startsWith("step restore_everything is high"), verdict::explanation);
    }
}
