package io.mopstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.audit.AuditEvent;
import io.mopstudio.audit.AuditStore;
import io.mopstudio.audit.RunSummary;
import io.mopstudio.engine.PriorRun;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads from the audit what an interrupted run had started and captured, for its rollback. */
final class PriorRunReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PriorRunReader() {
    }

    /** The prior run, or a plain reason why it cannot be rolled back from here. */
    static Result read(AuditStore store, String runId) {
        Optional<RunSummary> run = store.findRun(runId);
        if (run.isEmpty()) {
            return Result.refused("no run with id (or unique id prefix) '" + runId + "' in " + store.file());
        }
        if (!run.get().finalState().map("INTERRUPTED"::equals).orElse(false)) {
            return Result.refused("run " + run.get().runId() + " ended " + run.get().finalState().orElse("(not yet)")
                    + "; only an INTERRUPTED run is rolled back this way");
        }
        Set<String> started = new LinkedHashSet<>();
        Map<String, Object> snapshots = new LinkedHashMap<>();
        try {
            for (AuditEvent event : store.events(run.get().runId())) {
                JsonNode json = JSON.readTree(event.json());
                if (event.kind().equals("step_started") && "EXECUTION".equals(json.path("graph").asText())) {
                    started.add(json.path("stepId").asText());
                } else if (event.kind().equals("snapshot_captured")) {
                    snapshots.put(json.path("name").asText(), JSON.treeToValue(json.path("value"), Object.class));
                }
            }
        } catch (IOException e) {
            return Result.refused("the audit of run " + run.get().runId() + " cannot be read: " + e.getMessage());
        }
        return new Result(Optional.of(new PriorRun(run.get().runId(), started, snapshots)), run.get(), "");
    }

    record Result(Optional<PriorRun> prior, RunSummary run, String refusal) {

        static Result refused(String why) {
            return new Result(Optional.empty(), null, why);
        }
    }
}
