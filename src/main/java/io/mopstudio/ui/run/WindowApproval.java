package io.mopstudio.ui.run;

import io.mopstudio.audit.DurationText;
import io.mopstudio.engine.ApprovalGate;
import io.mopstudio.ui.fx.UiDispatch;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's approval gate. The engine's run thread calls {@link #decide} and waits; the window
 * shows the request in a banner (name and reason fields, Approve and Decline) and the operator's
 * click completes the answer the run thread waits on. No answer within the environment's timeout
 * is a decline, as the engine's contract says.
 */
public final class WindowApproval implements ApprovalGate {

    /** What the banner shows while a run waits: the request and how long it waits. */
    public record Pending(ApprovalRequest request, Duration timeout) {
    }

    private final UiDispatch dispatch;
    private final ReadOnlyObjectWrapper<Optional<Pending>> pending = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty approver = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    // Set and read on the UI thread; volatile for tests, whose UI thread is whichever thread calls.
    private volatile CompletableFuture<ApprovalDecision> answer = new CompletableFuture<>();

    public WindowApproval(UiDispatch dispatch, String defaultApprover) {
        this.dispatch = dispatch;
        approver.set(defaultApprover == null ? "" : defaultApprover);
    }

    @Override
    public ApprovalDecision decide(ApprovalRequest request, Duration timeout) throws InterruptedException {
        CompletableFuture<ApprovalDecision> waiting = new CompletableFuture<>();
        dispatch.ui().execute(() -> {
            answer = waiting;
            reason.set("");
            message.set("");
            pending.set(Optional.of(new Pending(request, timeout)));
        });
        try {
            return waiting.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return ApprovalDecision.declined("nobody", "no approval within " + DurationText.of(timeout.toMillis()));
        } catch (ExecutionException e) {
            return ApprovalDecision.declined("nobody", "the approval failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            // The run was stopped while it waited: nobody approved.
            waiting.cancel(false);
            throw e;
        } finally {
            dispatch.ui().execute(() -> {
                if (answer == waiting) {
                    pending.set(Optional.empty());
                }
            });
        }
    }

    /** Approves the waiting run as the named operator; false (with {@link #messageProperty}) if it cannot. */
    public boolean approve() {
        return answer(true);
    }

    public boolean decline() {
        return answer(false);
    }

    private boolean answer(boolean approved) {
        if (pending.get().isEmpty() || answer.isDone()) {
            message.set("No run is waiting for approval.");
            return false;
        }
        String who = approver.get() == null ? "" : approver.get().strip();
        String why = reason.get() == null ? "" : reason.get().strip();
        if (who.isEmpty() || why.isEmpty()) {
            message.set("Give your name and a reason: the audit records who " + (approved ? "approved" : "declined")
                    + " and why.");
            return false;
        }
        message.set("");
        answer.complete(approved ? ApprovalDecision.approved(who, why) : ApprovalDecision.declined(who, why));
        pending.set(Optional.empty());
        return true;
    }

    /** The request the run waits on, if any. */
    public ReadOnlyObjectProperty<Optional<Pending>> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public StringProperty approverProperty() {
        return approver;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** Why the last click did nothing; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
