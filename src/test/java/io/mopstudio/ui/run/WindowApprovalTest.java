package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.ApprovalGate.ApprovalDecision;
import io.mopstudio.engine.ApprovalGate.ApprovalRequest;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The window's gate completes the wait of the engine's run thread: approve, decline, or time out. */
class WindowApprovalTest {

    private static final ApprovalRequest REQUEST = new ApprovalRequest("R1", "MOP-284", "Pool recovery", "prod",
            "the MOP's blast_radius_max is high, over this environment's autonomous limit medium");

    private final WindowApproval gate = new WindowApproval(UiDispatch.inline(), "alice");

    /** The engine calls decide on its own run thread and waits there. */
    private CompletableFuture<ApprovalDecision> engineAsks(Duration timeout) {
        CompletableFuture<ApprovalDecision> decision = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.decide(REQUEST, timeout);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.pendingProperty().get().isEmpty() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        return decision;
    }

    @Test
    void approvingCompletesTheWaitWithTheNameAndReason() throws Exception {
        CompletableFuture<ApprovalDecision> decision = engineAsks(Duration.ofMinutes(5));
        assertEquals(Optional.of(REQUEST), gate.pendingProperty().get().map(WindowApproval.Pending::request));
        assertFalse(decision.isDone(), "the run thread waits for a human");
        gate.reasonProperty().set("incident commander on the bridge");
        assertTrue(gate.approve());
        assertEquals(ApprovalDecision.approved("alice", "incident commander on the bridge"),
                decision.get(5, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), gate.pendingProperty().get(), "the banner goes away");
    }

    @Test
    void decliningCompletesTheWaitAsADecline() throws Exception {
        CompletableFuture<ApprovalDecision> decision = engineAsks(Duration.ofMinutes(5));
        gate.approverProperty().set("bob");
        gate.reasonProperty().set("not during the sale");
        assertTrue(gate.decline());
        assertEquals(ApprovalDecision.declined("bob", "not during the sale"), decision.get(5, TimeUnit.SECONDS));
    }

    @Test
    void noAnswerWithinTheTimeoutIsADeclineByNobody() throws Exception {
        ApprovalDecision decision = engineAsks(Duration.ofMillis(200)).get(5, TimeUnit.SECONDS);
        assertFalse(decision.approved());
        assertEquals("nobody", decision.approver());
        assertEquals("no approval within 200 ms", decision.reason());
        assertEquals(Optional.empty(), gate.pendingProperty().get());
    }

    @Test
    void anAnswerNeedsANameAndAReason() throws Exception {
        CompletableFuture<ApprovalDecision> decision = engineAsks(Duration.ofMinutes(5));
        gate.reasonProperty().set("   ");
        assertFalse(gate.approve());
        assertTrue(gate.messageProperty().get().startsWith("Give your name and a reason"),
                gate.messageProperty().get());
        assertFalse(decision.isDone());
        gate.reasonProperty().set("ok by the DBA");
        assertTrue(gate.approve());
        assertTrue(decision.get(5, TimeUnit.SECONDS).approved());
    }

    @Test
    void nothingToAnswerWhenNoRunWaits() {
        assertFalse(gate.approve());
        assertEquals("No run is waiting for approval.", gate.messageProperty().get());
    }
}
