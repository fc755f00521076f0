package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.event.OperatorIntervened.Action;
import io.mopstudio.engine.event.Phase;
import io.mopstudio.engine.event.StepStatus;
import io.mopstudio.model.GraphKind;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.UiDispatch;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paused as the engine records it, and an abort confirmation that says what abort will do now. */
class RunControlsTest {

    private final RunViewModel run = new RunViewModel(UiDispatch.inline());

    @BeforeEach
    void loadSample() {
        run.prepare(Fixtures.sampleMop());
    }

    @Test
    void pausedFollowsTheRecordedInterventions() {
        new RunEvents().started("orders-db").intervened(Action.PAUSE, "alice", "waiting for the DBA")
                .list().forEach(run::apply);
        assertTrue(run.controls().pausedProperty().get());
        assertEquals("pause by alice: waiting for the DBA", run.controls().interventionProperty().get());
        new RunEvents().intervened(Action.RESUME, "alice", "DBA agrees").list().forEach(run::apply);
        assertFalse(run.controls().pausedProperty().get());
        new RunEvents().intervened(Action.ABORT, "alice", "wrong database").list().forEach(run::apply);
        assertTrue(run.controls().abortingProperty().get());
    }

    @Test
    void abortBeforeAnyStepUndoesNothing() {
        new RunEvents().started("orders-db").phase(Phase.PRE_CHECKS).list().forEach(run::apply);
        assertEquals("Abort stops the run: no new step starts.\n"
                + "No step has started, so nothing needs undoing; the run ends CANCELLED.\n"
                + "A rollback already in progress is not stopped.", run.controls().abortConsequences());
    }

    @Test
    void abortMidRunNamesTheRunningStepsAndWhatWillBeCompensated() {
        new RunEvents().started("orders-db").phase(Phase.EXECUTING)
                .step(GraphKind.EXECUTION, "drain_connections", StepStatus.SUCCEEDED, "")
                .attempt(GraphKind.EXECUTION, "restart_conn_manager", 1, Map.of())
                .list().forEach(run::apply);
        String text = run.controls().abortConsequences();
        assertTrue(text.contains("running steps are cancelled and confirmed stopped: restart_conn_manager."), text);
        assertTrue(text.contains("compensating only steps that started (drain_connections, restart_conn_manager)"),
                text);
        assertTrue(text.contains("CANCELLED, or ROLLBACK_FAILED"), text);
    }
}
