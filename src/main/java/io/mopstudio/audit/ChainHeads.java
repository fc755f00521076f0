package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The hash of the last event this recorder committed for each run it is recording, so that the
 * next event links to it without reading it back. Used only when the next event is exactly the
 * following seq; anything else (a review appended by another process) reads the database.
 * Bounded: runs that die without a run_finished are forgotten oldest first.
 */
final class ChainHeads {

    private static final int KEPT = 1_000;

    private record Head(long seq, String hash) {
    }

    private final Map<String, Head> heads = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
            return size() > KEPT;
        }
    };

    synchronized Optional<String> previous(RunEvent event) {
        Head head = heads.get(event.runId());
        return head != null && head.seq() == event.seq() - 1 ? Optional.of(head.hash()) : Optional.empty();
    }

    synchronized void committed(RunEvent event, String hash) {
        if (EventsTable.RUN_FINISHED.equals(event.kind())) {
            // Only reviews follow, maybe from another process: read those links from the database.
            heads.remove(event.runId());
        } else {
            heads.put(event.runId(), new Head(event.seq(), hash));
        }
    }
}
