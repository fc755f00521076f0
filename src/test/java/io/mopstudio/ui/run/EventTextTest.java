package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.engine.event.FinalState;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTextTest {

    @Test
    void readsLikeALogLine() {
        List<String> lines = new RunEvents().started("orders-db").phase(Phase.ROLLING_BACK)
                .step(GraphKind.ROLLBACK, "restore_pool_config", StepStatus.SUCCEEDED, "PUT /pool/config -> 200")
                .rollback("validation failed")
                .finish(FinalState.ROLLED_BACK, "summary")
                .list().stream().map(EventText::of).toList();
        assertEquals(List.of(
                "Run " + RunEvents.RUN_ID + " started: MOP-284 v2.3.1 on demo (demo lab) for affected_resource=orders-db"
                        + " by alice",
                "Phase: rolling back",
                "Rollback step restore_pool_config started: action {}",
                "Rollback step restore_pool_config ROLLED BACK in 12 ms: PUT /pool/config -> 200",
                "ROLLBACK started: validation failed",
                "Run finished: ROLLED_BACK after 4.2 s"), lines);
    }

    @Test
    void approvalsInterventionsAndRetriesReadAsSentences() {
        List<String> lines = new RunEvents()
                .approvalRequested("the MOP's blast_radius_max is high, over this environment's limit medium")
                .intervened(io.mopstudio.engine.event.OperatorIntervened.Action.APPROVE, "bob", "IC approved")
                .attemptFailed(GraphKind.EXECUTION, "drain_connections", 1, "exit 1", 2000)
                .list().stream().map(EventText::of).toList();
        assertEquals(List.of(
                "APPROVAL NEEDED (waits up to 15 min 00 s): the MOP's blast_radius_max is high, over this "
                        + "environment's limit medium",
                "Operator bob: approve — IC approved",
                "Step drain_connections attempt 1 failed: exit 1; retry in 2.0 s"), lines);
    }

    @Test
    void anEventKindWithoutASentenceStillReads() {
        assertEquals("Snapshot captured: name=pool_config, value={max_size=50}",
                EventText.generic(new RunEvents().snapshot("pool_config").list().get(0)));
    }
}
