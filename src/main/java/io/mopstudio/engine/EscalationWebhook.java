package io.mopstudio.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.engine.event.FinalState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * POSTs the escalation summary of a run that needs a human (ABORTED, FAILED, ROLLBACK_FAILED) to
 * the environment's webhook, e.g. a chat or paging service. The outcome becomes a line of the
 * summary: an escalation that did not arrive must be visible, not silent.
 */
final class EscalationWebhook {

    static final Set<FinalState> ESCALATED = EnumSet.of(FinalState.ABORTED, FinalState.FAILED,
            FinalState.ROLLBACK_FAILED, FinalState.INTERRUPTED);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private EscalationWebhook() {
    }

    /** A line to add to the summary, or empty when there is nothing to send. */
    static Optional<String> send(RunContext ctx, FinalState state, String summary) {
        Optional<URI> target = ctx.request.environment().escalationWebhook();
        if (target.isEmpty() || !ESCALATED.contains(state)) {
            return Optional.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("run_id", ctx.runId);
        body.put("mop_id", ctx.request.mop().mopId());
        body.put("mop_name", ctx.request.mop().name());
        body.put("environment", ctx.request.environment().name());
        body.put("operator", ctx.request.operator());
        body.put("final_state", state.name());
        body.put("summary", summary);
        body.put("text", summary);
        try {
            HttpRequest request = HttpRequest.newBuilder(target.get()).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(body))).build();
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(request, HttpResponse.BodyHandlers.discarding());
            return Optional.of(response.statusCode() / 100 == 2
                    ? "Escalation sent to " + host(target.get()) + " (HTTP " + response.statusCode() + ")."
                    : "ESCALATION NOT DELIVERED: " + host(target.get()) + " answered HTTP " + response.statusCode()
                            + "; tell the on-call engineer yourself.");
        } catch (IOException e) {
            return Optional.of("ESCALATION NOT DELIVERED to " + host(target.get()) + ": " + e.getMessage()
                    + "; tell the on-call engineer yourself.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("ESCALATION NOT DELIVERED: interrupted while sending.");
        }
    }

    /** The host only: a webhook URL often carries a token in its path. */
    private static String host(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
