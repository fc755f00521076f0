package io.mopstudio.providers.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** approval.request with a channel whose answers come from another thread, as a person's would. */
class ApprovalPrimitiveTest {

    /** Hands each request to the test and waits for the decision it gives, like a dialog would. */
    private static final class HandOver implements ApprovalChannel {
        final SynchronousQueue<ApprovalRequest> asked = new SynchronousQueue<>();
        final SynchronousQueue<ApprovalDecision> answers = new SynchronousQueue<>();

        @Override
        public Optional<ApprovalDecision> request(ApprovalRequest request, Duration timeout) throws InterruptedException {
            asked.put(request);
            return Optional.ofNullable(answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    private PrimitiveResult decide(Map<String, Object> params, ApprovalDecision answer) throws Exception {
        HandOver channel = new HandOver();
        Thread person = new Thread(() -> {
            try {
                channel.asked.take();
                if (answer != null) {
                    channel.answers.put(answer);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        person.start();
        try {
            return new ApprovalPrimitive(channel).invoke(params);
        } finally {
            person.join(2000);
        }
    }

    @Test
    void aNamedApproverGoingAheadPasses() throws Exception {
        PrimitiveResult result = decide(Map.of("approvers", List.of("alice", "bob"), "reason", "restart pgbouncer"),
                new ApprovalDecision(true, "bob", Instant.now(), "go"));
        assertTrue(result.succeeded(), result.summary());
        assertEquals("bob", result.output().get("decided_by"));
        assertEquals("approved by bob: go", result.summary());
    }

    @Test
    void aDeclineOrSomeoneNotNamedFails() throws Exception {
        assertFalse(decide(Map.of("approvers", "alice"), new ApprovalDecision(false, "alice", Instant.now(), "")).succeeded());
        PrimitiveResult stranger = decide(Map.of("approvers", "alice"), new ApprovalDecision(true, "mallory",
                Instant.now(), ""));
        assertFalse(stranger.succeeded());
        assertEquals(false, stranger.output().get("approved"));
        assertTrue(stranger.summary().contains("only alice may approve"), stranger.summary());
    }

    @Test
    void silenceUntilTheTimeoutFails() throws Exception {
        PrimitiveResult result = decide(Map.of("approvers", "alice", "timeout", "200ms"), null);
        assertFalse(result.succeeded());
        assertEquals("no decision", result.primary());
    }

    @Test
    void withoutAChannelEveryRequestIsDeclinedSayingWhy() throws Exception {
        PrimitiveResult result = new ApprovalPrimitive(ApprovalChannel.none()).invoke(Map.of("approvers", "nobody-else"));
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("no way to ask for approval"), result.summary());
        assertThrows(PrimitiveException.class, () -> new ApprovalPrimitive(ApprovalChannel.none()).invoke(Map.of()));
    }
}
