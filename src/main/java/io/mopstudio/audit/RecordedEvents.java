package io.mopstudio.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.mopstudio.engine.event.ApprovalRequested;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.OperatorIntervened;
import io.mopstudio.engine.event.PhaseStarted;
import io.mopstudio.engine.event.RollbackStarted;
import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunReviewed;
import io.mopstudio.engine.event.RunStarted;
import io.mopstudio.engine.event.SnapshotCaptured;
import io.mopstudio.engine.event.StepAttemptFailed;
import io.mopstudio.engine.event.StepFinished;
import io.mopstudio.engine.event.StepStarted;
import java.util.Map;
import java.util.Optional;

/**
 * Stored events back as the engine's records, for replaying a run through the same code that
 * showed it live. An event this version cannot read (a kind it does not know, a field that
 * changed type) is skipped rather than failing the replay: the audit rows themselves stay as stored.
 */
public final class RecordedEvents {

    private static final Map<String, Class<? extends RunEvent>> KINDS = Map.ofEntries(
            Map.entry("run_started", RunStarted.class),
            Map.entry("phase_started", PhaseStarted.class),
            Map.entry("check_evaluated", CheckEvaluated.class),
            Map.entry("snapshot_captured", SnapshotCaptured.class),
            Map.entry("step_started", StepStarted.class),
            Map.entry("step_attempt_failed", StepAttemptFailed.class),
            Map.entry("step_finished", StepFinished.class),
            Map.entry("rollback_started", RollbackStarted.class),
            Map.entry("approval_requested", ApprovalRequested.class),
            Map.entry("operator_intervened", OperatorIntervened.class),
            Map.entry("run_finished", RunFinished.class),
            Map.entry("run_reviewed", RunReviewed.class));

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // The stored JSON carries "kind", which the records compute rather than hold.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Optional<RunEvent> read(AuditEvent event) {
        Class<? extends RunEvent> type = KINDS.get(event.kind());
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readValue(event.json(), type));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
