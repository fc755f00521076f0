package io.mopstudio.cli;

import io.mopstudio.engine.ApprovalGate;
import java.io.Console;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Asks at the terminal for a named human's approval, giving up (declined) when the timeout passes. */
final class ConsoleApproval implements ApprovalGate {

    private final Console console;

    ConsoleApproval(Console console) {
        this.console = console;
    }

    @Override
    public ApprovalDecision decide(ApprovalRequest request, Duration timeout) throws InterruptedException {
        CompletableFuture<ApprovalDecision> answer = CompletableFuture.supplyAsync(() -> ask(request, timeout));
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            console.printf("%nNo answer within %d s: declined.%n", timeout.toSeconds());
            return ApprovalDecision.declined("nobody", "no approval within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return ApprovalDecision.declined("nobody", "the approval prompt failed: " + e.getCause().getMessage());
        }
    }

    private ApprovalDecision ask(ApprovalRequest request, Duration timeout) {
        console.printf("%nAPPROVAL NEEDED for %s \"%s\" on %s:%n  %s%n", request.mopId(), request.mopName(),
                request.environment(), request.explanation());
        String name = console.readLine("Type your name to approve (empty declines, %d s): ", timeout.toSeconds());
        if (name == null || name.isBlank()) {
            return ApprovalDecision.declined("operator", "declined at the prompt");
        }
        String reason = console.readLine("Reason: ");
        return reason == null || reason.isBlank()
                ? ApprovalDecision.declined(name.strip(), "no reason given")
                : ApprovalDecision.approved(name.strip(), reason.strip());
    }
}
