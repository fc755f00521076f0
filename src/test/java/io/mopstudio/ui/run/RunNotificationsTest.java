package io.mopstudio.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.ApprovalGate.ApprovalDecision;
import io.mopstudio.engine.ApprovalGate.ApprovalRequest;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.fx.DesktopNotifier;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RunNotificationsTest {

    /** What the desktop was asked to show. */
    private record Shown(String title, String message) {
    }

    private final List<Shown> shown = new CopyOnWriteArrayList<>();
    private final DesktopNotifier desktop = (title, message) -> shown.add(new Shown(title, message));
    private final SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
    private final RunViewModel run = new RunViewModel(UiDispatch.inline());

    @BeforeEach
    void install() {
        run.prepare(Fixtures.sampleMop());
        RunNotifications.install(run, desktop, focused);
    }

    @Test
    @Timeout(20)
    void aRunWaitingForApprovalIsNotifiedEvenWhenTheWindowHasFocus() throws Exception {
        ApprovalRequest request = new ApprovalRequest("R1", "MOP-284", "Pool recovery", "production",
                "blast radius high is over the limit medium");
        CompletableFuture<ApprovalDecision> decision = CompletableFuture.supplyAsync(() -> {
            try {
                return run.approvals().decide(request, Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertEquals(List.of(new Shown(RunNotifications.APPROVAL_TITLE, "Run R1 of MOP-284 on production waits for"
                + " your approval: blast radius high is over the limit medium")), shown);
        run.approvals().reasonProperty().set("change ticket 42");
        assertTrue(run.approvals().approve());
        assertTrue(decision.get(10, TimeUnit.SECONDS).approved());
        assertEquals(1, shown.size(), "answering raises nothing more");
    }

    @Test
    void theEndIsNotifiedOnlyWhenTheOperatorLooksElsewhere() {
        new RunEvents().started("ledger-db").finish(FinalState.ROLLED_BACK, "ROLLED_BACK: MOP-284 on demo\nmore")
                .list().forEach(run.listener()::onEvent);
        assertEquals(List.of(), shown, "the window has focus: its banner is enough");

        focused.set(false);
        run.prepare(Fixtures.sampleMop());
        new RunEvents().started("ledger-db").finish(FinalState.ROLLED_BACK, "ROLLED_BACK: MOP-284 on demo\nmore")
                .list().forEach(run.listener()::onEvent);
        assertEquals(List.of(new Shown(RunNotifications.ENDED_TITLE, "Run " + RunEvents.RUN_ID
                + " ended ROLLED BACK: ROLLED_BACK: MOP-284 on demo")), shown);
    }
}
