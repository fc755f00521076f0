package io.mopstudio.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A run's header as JSON fields, the same in {@code audit show --output json} and in a JSON export. */
public final class RunSummaryJson {

    private RunSummaryJson() {
    }

    public static void fill(ObjectNode header, RunSummary run) {
        header.put("run_id", run.runId());
        header.put("mop_id", run.mopId());
        header.put("mop_name", run.mopName());
        header.put("mop_version", run.mopVersion());
        header.put("mop_sha256", run.mopSha256());
        header.put("mop_file", run.mopFile());
        header.put("environment", run.environment());
        header.put("demo_environment", run.demoEnvironment());
        header.put("operator", run.operator());
        ObjectNode incident = header.putObject("incident");
        run.incident().forEach(incident::put);
        header.put("started_at", run.startedAt().toString());
        header.put("finished_at", run.finishedAt().map(Object::toString).orElse(null));
        header.put("final_state", run.finalState().orElse(null));
        header.put("duration_ms", run.durationMillis().orElse(null));
    }
}
