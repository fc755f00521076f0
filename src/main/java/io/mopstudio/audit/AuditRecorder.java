package io.mopstudio.audit;

import io.mopstudio.engine.event.RunEvent;
import io.mopstudio.engine.event.RunFinished;
import io.mopstudio.engine.event.RunListener;
import io.mopstudio.engine.event.RunStarted;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.ErrorCode;

/**
 * The store's run listener. Each event is committed before {@link #onEvent} returns, and a
 * failure to record throws, which stops the run: nothing may act that is not recorded.
 */
final class AuditRecorder implements RunListener {

    private final AppConnection connection;
    private final EventJson json;
    private final String location;
    private final ChainHeads heads = new ChainHeads();
    /*
     * Runs an event of which could not be recorded. Their later events are refused too: written,
     * they would chain to a row that does not exist, and verify would report a deletion that never
     * happened. Unfinished in the audit, such a run is later shown as interrupted, which it was.
     */
    private final Set<String> unrecorded = ConcurrentHashMap.newKeySet();

    AuditRecorder(AppConnection connection, EventJson json, String location) {
        this.connection = connection;
        this.json = json;
        this.location = location;
    }

    @Override
    public void onEvent(RunEvent event) {
        Objects.requireNonNull(event, "event");
        if (unrecorded.contains(event.runId())) {
            throw new AuditStoreException("Not recording " + event.kind() + " #" + event.seq() + " of run "
                    + event.runId() + " in " + location + ": an earlier event of this run could not be recorded.");
        }
        String body = json.write(event);
        try {
            String hash = connection.write(c -> {
                String previous;
                if (event instanceof RunStarted started) {
                    RunsTable.insert(c, started, json.writeIncident(started.incident()));
                    // The chain starts at the MOP's hash: the run is bound to the text it ran.
                    previous = started.mopSha256();
                } else {
                    // Empty when the previous row predates the chain (a run recorded before V2 and
                    // reviewed after) or is missing; verify reports either.
                    Optional<String> known = heads.previous(event);
                    previous = known.isPresent() ? known.get()
                            : EventsTable.hash(c, event.runId(), event.seq() - 1).orElse("");
                }
                String written = EventsTable.insert(c, event, body, previous);
                if (SealsTable.seals(event.kind())) {
                    SealsTable.insert(c, event.runId(), event.seq(), written, event instanceof RunFinished f
                            ? Optional.of(f.finalState().name()) : Optional.empty(), event.time());
                }
                return written;
            }, c -> EventsTable.hash(c, event.runId(), event.seq()));
            // Only once committed: a rolled-back write must not become the next event's link.
            heads.committed(event, hash);
        } catch (RuntimeException e) {
            unrecorded.add(event.runId());
            throw e;
        } catch (SQLException e) {
            unrecorded.add(event.runId());
            throw new AuditStoreException("Could not record " + event.kind() + " #" + event.seq() + " of run "
                    + event.runId() + " in " + location + ": " + reason(e) + ".", e);
        }
    }

    private static String reason(SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DUPLICATE_KEY_1 -> "an event with this seq is already recorded";
            case ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1 ->
                    "the audit holds no run_started for this run";
            case ErrorCode.NULL_NOT_ALLOWED -> "a required field is missing";
            default -> AuditConnector.firstLine(e.getMessage());
        };
    }
}
