package io.mopstudio.engine.event;

import java.time.Instant;

/** A human looked at a run that needed it (an interrupted or escalated one) and says so, with a note. */
public record RunReviewed(String runId, long seq, Instant time, String reviewer, String note) implements RunEvent {

    @Override
    public String kind() {
        return "run_reviewed";
    }
}
